/**
 * A Pothos plugin that describes the `totalCount` fields the Prisma plugin adds to connections
 * (`totalCount: true`). The Prisma plugin takes no options for that field, and redefining it per
 * connection would drop the extension that lets a count-only selection skip loading the rows.
 */
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';

const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list holds across all pages, with the same filter arguments.';

export class TotalCountDescriptionPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.description || !fieldConfig.extensions?.pothosPrismaTotalCount) return fieldConfig;
    return { ...fieldConfig, description: TOTAL_COUNT_DESCRIPTION };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      totalCountDescription: TotalCountDescriptionPlugin<Types>;
    }
  }
}

const pluginName = 'totalCountDescription';
SchemaBuilder.registerPlugin(pluginName, TotalCountDescriptionPlugin);

/** Pothos plugins are listed by name in the builder's `plugins`. */
export default pluginName;
