/**
 * Light/dark theme: "auto" follows the system (prefers-color-scheme), "light" and "dark" override it and are
 * remembered in localStorage. The choice is applied as `data-theme` on <html>; src/app.html applies the
 * stored choice before the first paint so a reload does not flash the other theme.
 */
export type ThemeMode = 'auto' | 'light' | 'dark';
export const THEME_KEY = 'zonebench.theme';
export const THEME_MODES: readonly ThemeMode[] = ['auto', 'light', 'dark'];

export function parseThemeMode(v: string | null | undefined): ThemeMode {
	return v === 'light' || v === 'dark' ? v : 'auto';
}

class Theme {
	mode = $state<ThemeMode>('auto');
	systemDark = $state(true);
	/** The theme in effect. */
	effective = $derived<'light' | 'dark'>(this.mode === 'auto' ? (this.systemDark ? 'dark' : 'light') : this.mode);

	/** Reads the stored choice and follows the system; returns the cleanup. */
	attach(): () => void {
		try {
			this.mode = parseThemeMode(localStorage.getItem(THEME_KEY));
		} catch {
			// storage blocked (private mode, policy): the theme still works, it is just not remembered
		}
		const mq = matchMedia('(prefers-color-scheme: dark)');
		this.systemDark = mq.matches;
		this.#apply();
		const onChange = (e: MediaQueryListEvent) => {
			this.systemDark = e.matches;
			this.#apply();
		};
		mq.addEventListener('change', onChange);
		return () => mq.removeEventListener('change', onChange);
	}

	set(mode: ThemeMode): void {
		this.mode = mode;
		this.#apply();
		try {
			if (mode === 'auto') localStorage.removeItem(THEME_KEY);
			else localStorage.setItem(THEME_KEY, mode);
		} catch {
			// not remembered; see attach()
		}
	}

	/** Sets the CSS theme right away, before any effect (plots read the colours when they are rebuilt). */
	#apply(): void {
		const t = this.effective;
		document.documentElement.dataset.theme = t;
		document.querySelector('meta[name="theme-color"]')?.setAttribute('content', t === 'light' ? '#f4f6fb' : '#0b1020');
	}

	/** Cycles auto → light → dark → auto. */
	next(): void {
		this.set(THEME_MODES[(THEME_MODES.indexOf(this.mode) + 1) % THEME_MODES.length]);
	}
}

export const theme = new Theme();
