export declare const PAGE_CSP: string;
