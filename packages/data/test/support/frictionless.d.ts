// Types for the parts of frictionlessdata's datapackage library that the Data Package test uses: it ships none
// (tableschema ships its own).
declare module "datapackage" {
  export interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: Record<string, unknown>;
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly descriptor: Record<string, unknown>;
    readonly resourceNames: string[];
    getResource(name: string): Resource | null;
  }
  export function validate(descriptor: string | object): Promise<{ valid: boolean; errors: Error[] }>;
}
