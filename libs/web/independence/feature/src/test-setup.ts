import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// jsdom lays nothing out and has no scrollIntoView; pages call it to bring a message into view.
Element.prototype.scrollIntoView = function scrollIntoView(): void {
  // Nothing to scroll without a layout.
};
