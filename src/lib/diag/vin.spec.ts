import { describe, expect, it } from 'vitest';
import { checkDigit, decodeVin, modelYear, vinProblem } from './vin';

describe('VIN decoder (49 CFR 565.15)', () => {
	it('computes the check digit, X for a remainder of 10', () => {
		expect(checkDigit('1M8GDM9AXKP042788')).toBe('X');
		expect(checkDigit('1HGCM82633A004352')).toBe('3');
		expect(checkDigit('11111111111111111')).toBe('1');
	});

	it('flags a wrong check digit without rejecting the VIN', () => {
		const v = decodeVin('1HGCM82643A004352');
		expect(v.problem).toBeNull();
		expect(v.checkDigit).toEqual({ expected: '3', found: '4', ok: false });
		expect(v.manufacturer).toBe('Honda (USA)');
		expect(v.modelYear).toBe(2003);
	});

	it('decodes WMI, region, country, model year and plant', () => {
		const v = decodeVin('1HGCM82633A004352');
		expect(v).toMatchObject({ wmi: '1HG', region: 'North America', country: 'United States', modelYear: 2003, modelYearAlternative: 2033, plant: 'A', serial: '004352' });
		expect(v.checkDigit!.ok).toBe(true);
		expect(decodeVin('WBA3A5C51CF256651')).toMatchObject({ manufacturer: 'BMW', region: 'Europe', country: 'Germany', modelYear: 2012, plant: 'F' });
	});

	it('applies the position-7 rule: a letter in position 7 puts the year code in 2010–2039', () => {
		expect(modelYear('1M8GDM9AXKP042788')).toEqual({ year: 1989, alternative: 2019 }); // '9' in position 7
		expect(modelYear('1HGCM82633A004352')).toEqual({ year: 2003, alternative: 2033 });
		expect(modelYear('5YJ3E1EA7KF317000')).toEqual({ year: 2019, alternative: 1989 }); // 'E' in position 7
		// 0, U and Z are never year codes
		expect(modelYear('ZBV1SVM0000000001')).toBeNull();
	});

	it('names the position of a character a VIN cannot hold', () => {
		expect(vinProblem('1HGCM8263OA004352')).toBe("position 10: 'O' is not a VIN character (I, O and Q are never used)");
		expect(vinProblem('1hgcm82633a004352')).toMatch(/position 2: 'h'.*upper case/);
		expect(vinProblem('1HGCM82633A00435')).toBe('a VIN has 17 characters, this one 16');
		expect(decodeVin('SHORT').checkDigit).toBeNull();
	});

	it('knows the simulated vehicle and notes a small manufacturer (WMI ending in 9)', () => {
		const v = decodeVin('ZBV1SVM0000000001');
		expect(v.manufacturer).toBe('zonebench (simulated vehicle)');
		expect(v.checkDigit!.ok).toBe(true);
		expect(decodeVin('1A9AB123X5P123456').smallManufacturer).toBe('123');
	});
});
