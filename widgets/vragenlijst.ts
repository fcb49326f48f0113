// Entry: defines <samenspraak-vragenlijst>.
import { defineElement } from '../src/ui/element';
import { vragenlijstElement } from '../src/ui/vragenlijst/element';

defineElement(vragenlijstElement);
