declare const __OLIVE_DEV__: boolean;
