// Packages used only by the harness pages that ship no types (and whose @types are not
// installed); they are driven through a few calls each, checked by the e2e spec.
declare module 'react';
declare module 'react-dom/client';
declare module 'draft-js';
declare module 'quill1';
