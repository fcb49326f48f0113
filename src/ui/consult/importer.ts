// What a keuzekaart import needs, as one module: the checker and its Dutch texts. Loaded with the
// first import, never with the page; the script-tag build loads it as a file beside the script.

export { default as cardcheckTexts } from '../../../locales/cardcheck/nl.json';
export { keepBoth, parseKeuzekaartFile } from '../../domain/importing';
