// The `edtf` package ships no type declarations; this covers the part of it core uses.
declare module "edtf" {
  export interface ParsedEdtf {
    type: "Date" | "Year" | "Season" | "Interval" | "Set" | "List" | "Decade" | "Century";
    level: number;
    values: (number | ParsedEdtf | null)[];
    uncertain?: number | boolean;
    approximate?: number | boolean;
    unspecified?: number;
    offset?: number;
  }
  export interface EdtfValue {
    readonly type: string;
    readonly edtf: string;
    readonly min: number;
    readonly max: number;
    readonly precision: number;
  }
  export function parse(input: string, constraints?: { level?: 0 | 1 | 2; types?: string[] }): ParsedEdtf;
  export default function edtf(input: string, constraints?: { level?: 0 | 1 | 2 }): EdtfValue;
}
