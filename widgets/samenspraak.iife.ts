// Entry of the single-script build: defines <samenspraak-vragenlijst> and <samenspraak-consult>.
import '../src/embed/base';
import { consultElement } from '../src/ui/consult/element';
import { defineElement } from '../src/ui/element';
import { vragenlijstElement } from '../src/ui/vragenlijst/element';

defineElement(vragenlijstElement);
defineElement(consultElement);
