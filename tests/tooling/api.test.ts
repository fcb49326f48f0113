import { readFileSync } from 'node:fs';
import type { CustomElementDeclaration, CustomElementExport } from 'custom-elements-manifest';
import { describe, expect, it } from 'vitest';
import {
  CSS_PROPERTIES,
  ELEMENTS,
  type ElementSpec,
  EVENTS,
  type EventName,
  observedAttributes,
} from '../../src/api/elements';
import { customElementsManifest, MODULE_PATHS, SCHEMA_VERSION } from '../../src/api/manifest';
import { README_TABLES, readmeSection, readmeTables } from '../../src/api/readme';
import { RETENTION } from '../../src/domain/retention';
import { DEFAULT_LOCALE, LANGUAGES } from '../../src/i18n';
import {
  IDLE_SECONDS,
  KLAAR_SECONDS,
  parseConsultAttributes,
  parseVragenlijstAttributes,
} from '../../src/ui/attributes';
import { consultElement } from '../../src/ui/consult/element';
import type { emit } from '../../src/ui/element';
import { vragenlijstElement } from '../../src/ui/vragenlijst/element';

// src/api/elements.ts is the one description of the public API. Everything else that states it
// is held to it here: the element definitions, the attribute parsers and stylesheets behind
// them, the Custom Elements Manifest, types/samenspraak.d.ts and the README tables.

const read = (path: string) => readFileSync(path, 'utf8');
const sorted = (names: Iterable<string>) => [...names].sort();
const spec = (tag: string): ElementSpec => {
  const found = ELEMENTS.find((e) => e.tagName === tag);
  if (!found) throw new Error(`no element ${tag} in src/api/elements.ts`);
  return found;
};
const attribute = (element: ElementSpec, name: string) => {
  const found = element.attributes.find((a) => a.name === name);
  if (!found) throw new Error(`no attribute ${name} on ${element.tagName}`);
  return found;
};

// Compile-time: the events `emit()` may send are exactly the documented ones.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const emittedAreDocumented: Same<Parameters<typeof emit>[1], EventName> = true;

describe('the element definitions', () => {
  const definitions = [vragenlijstElement, consultElement];

  it('define exactly the documented elements', () => {
    expect(sorted(definitions.map((d) => d.tag))).toEqual(sorted(ELEMENTS.map((e) => e.tagName)));
  });

  it.each(definitions)('$tag observes exactly the documented observed attributes', (definition) => {
    expect(sorted(definition.attributes)).toEqual(sorted(observedAttributes(spec(definition.tag))));
  });

  it('fire exactly the documented events, each from the documented element', () => {
    expect(emittedAreDocumented).toBe(true);
    const files = {
      'samenspraak-vragenlijst': 'src/ui/vragenlijst/element.tsx',
      'samenspraak-consult': 'src/ui/consult/element.tsx',
    };
    for (const element of ELEMENTS) {
      const emitted = [...read(files[element.tagName]).matchAll(/emit\(host, '([^']+)'/g)];
      expect(sorted(new Set(emitted.map((m) => m[1] ?? '')))).toEqual(sorted(element.events));
    }
  });

  it('parse attributes with the documented ranges and defaults', () => {
    const vragenlijst = spec('samenspraak-vragenlijst');
    const consult = spec('samenspraak-consult');
    expect(attribute(vragenlijst, 'locale')).toMatchObject({
      values: { kind: 'enum', options: LANGUAGES.map((l) => l.code) },
      default: DEFAULT_LOCALE,
    });
    expect(attribute(vragenlijst, 'idle-seconds')).toMatchObject({
      values: { kind: 'integer', min: IDLE_SECONDS.min, max: IDLE_SECONDS.max },
      default: String(IDLE_SECONDS.default),
    });
    expect(attribute(vragenlijst, 'klaar-seconds')).toMatchObject({
      values: { kind: 'integer', min: KLAAR_SECONDS.min, max: KLAAR_SECONDS.max },
      default: String(KLAAR_SECONDS.default),
    });
    expect(attribute(consult, 'retention-days')).toMatchObject({
      values: { kind: 'integer', min: RETENTION.min, max: RETENTION.max },
      default: String(RETENTION.default),
    });
    // What an absent attribute means, as the parsers see it.
    const quiet = () => {
      throw new Error('no warning expected for absent attributes');
    };
    expect(parseVragenlijstAttributes({}, quiet)).toEqual({
      locale: attribute(vragenlijst, 'locale').default,
      kiosk: false,
      idleSeconds: Number(attribute(vragenlijst, 'idle-seconds').default),
      klaarSeconds: Number(attribute(vragenlijst, 'klaar-seconds').default),
      pack: null,
      emitData: false,
    });
    expect(parseConsultAttributes({}, quiet)).toEqual({
      mode: attribute(consult, 'mode').default,
      retentionDays: Number(attribute(consult, 'retention-days').default),
      emitData: false,
      keuzekaarten: null,
    });
    // Both elements keep the structured data to themselves unless the host asks for it.
    for (const element of [vragenlijst, consult]) {
      expect(attribute(element, 'emit-data')).toMatchObject({ values: { kind: 'flag' } });
      expect(attribute(element, 'emit-data').default).toBeUndefined();
    }
    expect(parseVragenlijstAttributes({ 'emit-data': '' }, quiet).emitData).toBe(true);
    expect(parseConsultAttributes({ 'emit-data': 'false' }, quiet).emitData).toBe(false);
    expect(parseConsultAttributes({ mode: ' beheer ' }, quiet).mode).toBe('beheer');
    expect(parseConsultAttributes({ mode: 'intervisie' }, quiet).mode).toBe('intervisie');
    expect(parseConsultAttributes({ mode: 'admin' }, () => {}).mode).toBe('consult');
  });

  it('read exactly the documented custom properties, with the documented defaults', () => {
    const dir = 'src/ui/styles';
    const css = ['base.css', 'spiderweb.css', 'vragenlijst.css', 'consult.css']
      .map((f) => read(`${dir}/${f}`))
      .join('\n');
    const used = new Set([...css.matchAll(/var\(\s*(--samenspraak-[a-z-]+)/g)].map((m) => m[1]));
    expect(sorted(used as Set<string>)).toEqual(sorted(CSS_PROPERTIES.map((p) => p.name)));
    // The shared base stylesheet carries the defaults; whitespace as a formatter may wrap it.
    const base = read(`${dir}/base.css`)
      .replace(/\s+/g, ' ')
      .replaceAll('( ', '(')
      .replaceAll(' )', ')');
    for (const p of CSS_PROPERTIES) expect(base).toContain(`var(${p.name}, ${p.default})`);
  });
});

describe('custom-elements.json', () => {
  it('uses the schema version of the installed custom-elements-manifest types', () => {
    const { version } = JSON.parse(read('node_modules/custom-elements-manifest/package.json'));
    expect(SCHEMA_VERSION).toBe(version);
  });

  it('names the files each build writes, as vite.embed.config.ts names them', () => {
    const config = readFileSync('vite.embed.config.ts', 'utf8');
    // The ES module build: one entry per element, written as `<entry>.js`.
    for (const [tag, file] of Object.entries(MODULE_PATHS.lib)) {
      expect(file).toBe(`${tag}.js`);
      expect(config).toContain(`'${tag}': src(`);
    }
    // The script-tag build: one file that defines both elements.
    const [iife, ...others] = new Set(Object.values(MODULE_PATHS.embed));
    expect(others).toEqual([]);
    expect(config).toContain(`fileName: () => '${iife}'`);
  });

  it.each(['lib', 'embed'] as const)('of dist/%s declares and defines every element', (build) => {
    const manifest = customElementsManifest(build);
    expect(manifest.schemaVersion).toBe('2.1.0');
    expect(sorted(manifest.modules.map((m) => m.path))).toEqual(
      sorted(new Set(Object.values(MODULE_PATHS[build]))),
    );
    const tags: string[] = [];
    for (const module of manifest.modules) {
      const declarations = (module.declarations ?? []) as CustomElementDeclaration[];
      const exports = (module.exports ?? []) as CustomElementExport[];
      expect(exports.map((e) => e.kind)).toEqual(
        declarations.map(() => 'custom-element-definition'),
      );
      for (const declaration of declarations) {
        const element = spec(declaration.tagName ?? '');
        tags.push(element.tagName);
        expect(module.path).toBe(
          MODULE_PATHS[build][element.tagName as keyof typeof MODULE_PATHS.lib],
        );
        expect(declaration).toMatchObject({
          kind: 'class',
          customElement: true,
          name: element.className,
        });
        expect(exports).toContainEqual({
          kind: 'custom-element-definition',
          name: element.tagName,
          declaration: { name: element.className },
        });
        expect(declaration.attributes?.map((a) => a.name)).toEqual(
          element.attributes.map((a) => a.name),
        );
        for (const [i, a] of (declaration.attributes ?? []).entries()) {
          expect(a.description?.toLowerCase()).toContain(
            element.attributes[i]?.description.toLowerCase(),
          );
          expect(a.type?.text).toBeTruthy();
          expect(a.default).toBe(element.attributes[i]?.default);
        }
        expect(declaration.events?.map((e) => e.name)).toEqual(element.events);
        for (const e of declaration.events ?? []) {
          expect(e.description).toContain(EVENTS.find((x) => x.name === e.name)?.when);
        }
        const properties = declaration.cssProperties ?? [];
        expect(properties.map((p) => [p.name, p.default])).toEqual(
          CSS_PROPERTIES.map((p) => [p.name, p.default]),
        );
        for (const [i, p] of properties.entries()) {
          expect(p.description?.toLowerCase()).toContain(
            CSS_PROPERTIES[i]?.description.toLowerCase(),
          );
        }
      }
    }
    expect(sorted(tags)).toEqual(sorted(ELEMENTS.map((e) => e.tagName)));
  });
});

describe('types/samenspraak.d.ts', () => {
  const dts = read('types/samenspraak.d.ts');
  /** The body of `interface NAME … {`, up to its closing brace at the same indentation. */
  const body = (name: string) => {
    const match = new RegExp(`^( *)(?:export )?interface ${name}\\b[^{]*\\{`, 'm').exec(dts);
    if (!match) throw new Error(`no interface ${name}`);
    const start = match.index + match[0].length;
    return dts.slice(start, dts.indexOf(`\n${match[1]}}`, start));
  };
  /** The keys of an interface body, at its first level of indentation. */
  const keys = (text: string) =>
    [...text.matchAll(/^ {2,4}'?([\w-]+)'?\??:/gm)].map((m) => m[1] ?? '');

  it.each(ELEMENTS)(
    "names every attribute of $tagName in its interface's doc comment",
    (element) => {
      const doc = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export interface ${element.className}\\b`,
      ).exec(dts);
      const bullets = [...(doc?.[1] ?? '').matchAll(/^ \* - `([\w-]+)`:/gm)].map((m) => m[1] ?? '');
      expect(sorted(bullets)).toEqual(sorted(element.attributes.map((a) => a.name)));
    },
  );

  it('maps exactly the tags to their element interfaces', () => {
    const map = body('HTMLElementTagNameMap');
    expect(sorted(keys(map))).toEqual(sorted(ELEMENTS.map((e) => e.tagName)));
    for (const e of ELEMENTS) expect(map).toContain(`'${e.tagName}': ${e.className};`);
  });

  it('maps exactly the events to their detail types, with the documented fields', () => {
    const map = body('GlobalEventHandlersEventMap');
    expect(sorted(keys(map))).toEqual(sorted(EVENTS.map((e) => e.name)));
    for (const e of EVENTS) {
      expect(map).toContain(`'${e.name}': CustomEvent<${e.detailType}>;`);
      expect(sorted(keys(body(e.detailType)))).toEqual(sorted(e.detail.map((f) => f.name)));
    }
  });
});

describe('README.md', () => {
  const readme = read('README.md');
  it.each(README_TABLES)('has the %s table as `npm run api` writes it', (name) => {
    expect(readmeSection(readme, name), 'run `npm run api`').toBe(readmeTables()[name]);
  });
});
