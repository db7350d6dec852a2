/** JUnit XML of scenario results: one testsuite per scenario, one testcase per assertion (properties: requirement, ASIL, FDTI, FRTI, FTTI). */
import type { ScenarioResult } from './runner';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function junitXml(results: ScenarioResult[]): string {
	const failures = (r: ScenarioResult): number => (r.passed ? 0 : Math.max(1, r.assertions.filter((a) => !a.passed).length));
	const total = results.reduce((n, r) => n + r.assertions.length, 0);
	const failed = results.reduce((n, r) => n + failures(r), 0);
	const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="zonebench scenarios" tests="${total}" failures="${failed}">`];
	for (const r of results) {
		const secs = (r.duration_ms / 1000).toFixed(3);
		lines.push(`  <testsuite name="${esc(r.name)}" file="${esc(r.file)}" tests="${r.assertions.length}" failures="${failures(r)}" time="${secs}">`);
		lines.push(`    <properties>`);
		lines.push(`      <property name="requirement" value="${esc(r.requirement)}"/>`);
		lines.push(`      <property name="ASIL" value="${esc(r.asil)}"/>`);
		lines.push(`      <property name="expect" value="${r.expect}"/>`);
		const re = r.assertions.find((a) => a.type === 'reaction');
		if (re) {
			lines.push(`      <property name="FDTI" value="${re.fdti_ms ?? ''}"/>`);
			lines.push(`      <property name="FRTI" value="${re.frti_ms ?? ''}"/>`);
			lines.push(`      <property name="FTTI" value="${re.ftti_ms ?? ''}"/>`);
		}
		lines.push(`    </properties>`);
		for (const a of r.assertions) {
			lines.push(`    <testcase classname="${esc(r.requirement)}" name="${esc(a.name)}">`);
			if (a.type === 'reaction') {
				lines.push(`      <properties><property name="FDTI" value="${a.fdti_ms ?? ''}"/><property name="FRTI" value="${a.frti_ms ?? ''}"/><property name="FTTI" value="${a.ftti_ms}"/></properties>`);
			}
			// a scenario expected to fail passes when it does: its failed assertions are not failures then
			if (!a.passed && r.expect === 'pass') lines.push(`      <failure message="${esc(a.detail)}">${esc(a.detail)}</failure>`);
			else lines.push(`      <system-out>${esc(a.detail)}</system-out>`);
			lines.push(`    </testcase>`);
		}
		if (!r.passed && r.expect === 'fail') lines.push(`    <testcase classname="${esc(r.requirement)}" name="expected to fail"><failure message="every assertion held"/></testcase>`);
		for (const s of r.steps) if (s.error) lines.push(`    <testcase classname="${esc(r.requirement)}" name="${esc(s.label)}"><error message="${esc(s.error)}"/></testcase>`);
		lines.push(`  </testsuite>`);
	}
	lines.push(`</testsuites>`, '');
	return lines.join('\n');
}
