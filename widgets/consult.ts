// Entry: defines <samenspraak-consult>.
import { consultElement } from '../src/ui/consult/element';
import { defineElement } from '../src/ui/element';

defineElement(consultElement);
