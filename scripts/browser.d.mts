export declare const CHROMIUM: string;
export declare function hasChromium(): boolean;
export declare const CHROMIUM_ARGS: string[];
