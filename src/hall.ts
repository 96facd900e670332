import '@fontsource/be-vietnam-pro/500.css';
import '@fontsource/be-vietnam-pro/700.css';
import './lib/app.css';
import { mount } from 'svelte';
import Hall from './hall/Hall.svelte';
import { i18n } from './lib/i18n.svelte';
import { live } from './lib/live.svelte';

i18n.set(i18n.lang);
live.start();
mount(Hall, { target: document.getElementById('app')! });
