import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/700.css';
import { mount } from 'svelte';
import OverlayPage from './overlay/OverlayPage.svelte';
import { i18n } from './lib/i18n.svelte';
import { live } from './lib/live.svelte';

// No app.css: the page must stay transparent for the mixer.
i18n.set(i18n.lang);
live.start();
mount(OverlayPage, { target: document.getElementById('app')! });
