/**
 * @palapa/sdk — everything an OPD team needs to build a Palapa plugin, and the contracts the
 * shell and the registry share with it.
 */
export * from './slug';
export * from './localized';
export * from './manifest';
export * from './catalogue';
export type * from './shell-context';
export * from './lifecycles';
export * from './lit-lifecycles';
export * from './single-spa-plugin';
export * from './shell-locale-controller';
export * from './fill';
export * from './session-csrf';
export * from './gateway-fetch';
export * from './forms/form-definition';
export * from './forms/index';
