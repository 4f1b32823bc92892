/** Dateline's one messaging module: message names and types, validation, sender checks, send and receive. */
export * from './protocol';
export * from './result';
export { createMessageListener, type Handlers, type RuntimeMessageListener } from './listener';
export { sendToBackground, sendToTab } from './send';
export { sendWith, type MessageSending } from './send-with';
export { senderProblem, type Self } from './sender';
export { selfFromBrowser } from './self';
export { ValidationError } from './validate';
