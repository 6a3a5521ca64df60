/**
 * This page load's id. Every GraphQL request carries it (the `x-cantiere-tab` header) and the hub
 * tells it back with the events the request caused, so the tab can skip what its mutation already
 * brought. getRandomValues, unlike randomUUID, also works on a hub served over plain HTTP.
 */
export const TAB_ID = Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The request header that names the tab (the hub accepts `^[\w.-]{1,64}$`). */
export const TAB_HEADER = 'x-cantiere-tab';
