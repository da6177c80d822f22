import type { Gazetteer } from "@tradecraft/core";

/** [name, country, lat, lon] */
export declare const CITIES: readonly (readonly [string, string, number, number])[];

export declare const fakeGazetteer: Gazetteer;
