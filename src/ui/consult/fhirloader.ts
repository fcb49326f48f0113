// The FHIR export, loaded when the GP asks for it. The script-tag build swaps this module for
// src/embed/fhirloader.ts, which loads it as a module file from the script's base URL.
export const loadFhir = (): Promise<typeof import('../../domain/fhir')> =>
  import('../../domain/fhir');
