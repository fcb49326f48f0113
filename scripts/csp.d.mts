export declare const PAGE_CSP: string;
export declare const HEADER_CSP: string;
