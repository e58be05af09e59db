'use client';
/** Lets a page that embeds scoping forms hear their answers as text (the guide flow puts them in case notes). */
import { createContext } from 'react';

/** Called with a form's key and its answers as `label: value` lines whenever they change. */
export const FormAnswersContext = createContext<((formKey: string, text: string) => void) | null>(null);
