import { en } from "./en";
import { th, type Strings } from "./th";

import type { Language } from "../../messages/Language";

export const STRINGS: Readonly<Record<Language, Strings>> = { th, en };
