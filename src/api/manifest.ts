import type {
  Attribute,
  CssCustomProperty,
  CustomElementDeclaration,
  CustomElementExport,
  Event,
  JavaScriptModule,
  Package,
  Type,
} from 'custom-elements-manifest';
// The build's config loads this file: its imports name their extension, as Node's loader wants.
import {
  type AttributeSpec,
  CSS_PROPERTIES,
  ELEMENTS,
  type ElementSpec,
  EVENTS,
  type TagName,
} from './elements.ts';
import { code, detailText, sentence, valuesText } from './text.ts';

/**
 * The Custom Elements Manifest (custom-elements.json, schema 2.1.0) of a host-page build,
 * generated from src/api/elements.ts by a plugin in vite.embed.config.ts.
 */

/** The builds that publish a manifest: an ES module per element, or one classic script. */
export type ManifestBuild = 'lib' | 'embed';

/** The schema version of the `custom-elements-manifest` package this file is typed with. */
export const SCHEMA_VERSION = '2.1.0';

/** The build's file that defines each element, relative to the build's folder. */
export const MODULE_PATHS: Record<ManifestBuild, Record<TagName, string>> = {
  lib: {
    'samenspraak-vragenlijst': 'samenspraak-vragenlijst.js',
    'samenspraak-consult': 'samenspraak-consult.js',
  },
  embed: {
    'samenspraak-vragenlijst': 'samenspraak.iife.js',
    'samenspraak-consult': 'samenspraak.iife.js',
  },
};

/** The manifest of one build: a module per file, declaring and defining its elements. */
export function customElementsManifest(build: ManifestBuild): Package {
  const paths = MODULE_PATHS[build];
  const files = [...new Set(ELEMENTS.map((e) => paths[e.tagName]))];
  const modules = files.map((path): JavaScriptModule => {
    const elements = ELEMENTS.filter((e) => paths[e.tagName] === path);
    return {
      kind: 'javascript-module',
      path,
      declarations: elements.map(declaration),
      exports: elements.map(
        (e): CustomElementExport => ({
          kind: 'custom-element-definition',
          name: e.tagName,
          declaration: { name: e.className },
        }),
      ),
    };
  });
  return { schemaVersion: SCHEMA_VERSION, modules };
}

function declaration(element: (typeof ELEMENTS)[number]): CustomElementDeclaration {
  return {
    kind: 'class',
    customElement: true,
    name: element.className,
    tagName: element.tagName,
    description: `${sentence(element.description)} An invalid attribute value falls back to its default, with a console warning that names the attribute.`,
    superclass: { name: 'HTMLElement', package: 'global:' },
    attributes: element.attributes.map(attribute),
    events: element.events.map(event),
    cssProperties: CSS_PROPERTIES.map(
      (p): CssCustomProperty => ({
        name: p.name,
        default: p.default,
        description: p.note
          ? `${sentence(p.description)} ${sentence(p.note)}`
          : sentence(p.description),
      }),
    ),
  };
}

function attribute(spec: AttributeSpec): Attribute {
  return {
    name: spec.name,
    description: `${sentence(spec.description)} ${sentence(`values: ${valuesText(spec)}`)}`,
    type: attributeType(spec),
    ...(spec.default === undefined ? {} : { default: spec.default }),
  };
}

/** What the attribute is parsed as (attributes are strings in HTML). */
function attributeType({ values }: AttributeSpec): Type {
  switch (values.kind) {
    case 'enum':
      return { text: values.options.map((o) => `'${o}'`).join(' | ') };
    case 'flag':
      return { text: 'boolean' };
    case 'integer':
      return { text: 'number' };
    case 'same-origin-url':
    case 'id':
      return { text: 'string' };
  }
}

function event(name: ElementSpec['events'][number]): Event {
  const spec = EVENTS.find((e) => e.name === name);
  if (!spec) throw new Error(`src/api/elements.ts: no event ${name}`);
  return {
    name: spec.name,
    description: `${sentence(`fired when ${spec.when}`)} A \`CustomEvent\` that bubbles and is composed. ${code('detail')}: ${detailText(spec.detail)}.`,
    type: { text: `CustomEvent<${spec.detailType}>` },
  };
}
