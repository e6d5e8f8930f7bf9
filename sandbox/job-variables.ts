/**
 * A job's `jobvariables` and `resourceFilters`, checked as the reference's "Create a
 * Job" tables require, with the resource filters its tutorial's job answers by default.
 */
import {
  type Errors,
  booleanField,
  charField,
  choiceField,
  dictField,
  integerField,
  listOf,
  nested,
} from './drf-fields';
import type { JobVariable, ResourceFilter } from './model';

export const JOB_VARIABLE_TYPES = ['Param', 'Design', 'Output', 'Case', 'Constraint', 'Objective'] as const;
export const VALUE_GENERATOR_TYPES = [
  'Normal',
  'Uniform',
  'Linspace',
  'FixedRange',
  'Triangular',
  'LogNormal',
] as const;

function variable(item: Record<string, unknown>): { value: JobVariable } | { errors: Errors } {
  return nested<JobVariable>({
    displayOrder: integerField(item.displayOrder),
    name: charField(item.name),
    valueGeneratorSettings: dictField(item.valueGeneratorSettings),
    // The reference's field table spells it `variableGeneratorType`, its sample bodies
    // `valueGeneratorType`; the samples answer it blank for a plain parameter.
    valueGeneratorType: choiceField(
      item.valueGeneratorType ?? item.variableGeneratorType,
      VALUE_GENERATOR_TYPES,
      true,
    ),
    variableType: choiceField(item.variableType, JOB_VARIABLE_TYPES),
  });
}

export function validateVariables(value: unknown): { value: JobVariable[] } | { errors: unknown } {
  return listOf(value, variable);
}

/** Every job of the reference's tutorial keeps its generated files, completed templates and inputs. */
export const DEFAULT_RESOURCE_FILTERS: readonly ResourceFilter[] = [
  'Analysis generated files',
  'Completed templates',
  'Input files',
].map((kind) => ({ caseSensitive: false, include: true, filterType: kind, selector: kind }));

function resourceFilter(item: Record<string, unknown>): { value: ResourceFilter } | { errors: Errors } {
  return nested<ResourceFilter>({
    caseSensitive: booleanField(item.caseSensitive, false),
    include: booleanField(item.include, true),
    filterType: charField(item.filterType),
    selector: charField(item.selector),
  });
}

export function validateResourceFilters(value: unknown): { value: ResourceFilter[] } | { errors: unknown } {
  return listOf(value, resourceFilter);
}
