// DXFlow: the welcome app is in Vietnamese (locales/vi.json), but Camunda's index.html says lang="en": tell
// the browser (translation offers, screen readers) the truth. Loaded by config.js (customScripts).
document.documentElement.lang = 'vi';
