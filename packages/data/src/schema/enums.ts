// The closed vocabularies of ../vocabulary.ts as zod enums, so that the schema and the main entry (which loads no
// validator) allow exactly the same values.
import { z } from "zod";
import {
  dateParts,
  dateRelations,
  dimensions,
  entityTypes,
  precisions,
  qualifiers,
  stances,
  unitIds,
} from "../vocabulary.ts";

export const DimensionSchema = z.enum(dimensions);
export const PrecisionSchema = z.enum(precisions);
export const QualifierSchema = z.enum(qualifiers);
export const UnitSchema = z.enum(unitIds);
export const EntityTypeSchema = z.enum(entityTypes);
export const StanceSchema = z.enum(stances);
export const DateRelationSchema = z.enum(dateRelations);
export const DatePartSchema = z.enum(dateParts);
