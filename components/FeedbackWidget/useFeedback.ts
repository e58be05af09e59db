/**
 * The widget's state machine: ask → details (reason, comment) → thanks, or unavailable. The first state comes
 * from the page (`?feedback=` after a no-JavaScript post); with JavaScript, forms post JSON to /api/feedback
 * instead and the step changes in place.
 */
import { type FormEvent, useEffect, useState } from 'react';
import type { Outcome } from '@/lib/feedback/reasons';

export type Step = 'ask' | 'details' | 'thanks' | 'unavailable';

export interface FeedbackState {
  step: Step;
  helpful: boolean;
  /** What went wrong with the last post, shown above the buttons. */
  problem: string | null;
  busy: boolean;
}

function initial(outcome: Outcome | undefined): FeedbackState {
  const base: FeedbackState = { step: 'ask', helpful: true, problem: null, busy: false };
  if (outcome === 'yes' || outcome === 'no') return { ...base, step: 'details', helpful: outcome === 'yes' };
  if (outcome === 'thanks' || outcome === 'unavailable') return { ...base, step: outcome };
  if (outcome === 'limited') return { ...base, problem: 'Too many votes from your network in the last minute; try again shortly.' };
  if (outcome === 'invalid') return { ...base, problem: 'That answer could not be read; please try again.' };
  return base;
}

const PROBLEMS: Record<number, string> = {
  429: 'Too many votes from your network in the last minute; try again shortly.',
  404: 'This article is no longer in the catalog.',
};

/** State and the submit handler shared by both of the widget's forms. */
export function useFeedback(articleId: string, cloud: string, outcome: Outcome | undefined) {
  const [state, setState] = useState<FeedbackState>(() => initial(outcome));

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked once per page view, not again per step
  useEffect(() => {
    if (state.step === 'thanks' || state.step === 'unavailable') return;
    const controller = new AbortController();
    fetch('/api/feedback/state', { signal: controller.signal, cache: 'no-store' })
      .then((res) => res.json())
      .then((body: { available?: unknown }) => {
        if (body.available !== true) setState((s) => ({ ...s, step: 'unavailable' }));
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const native = event.nativeEvent;
    const submitter = 'submitter' in native && native.submitter instanceof HTMLElement ? native.submitter : null;
    const form = new FormData(event.currentTarget, submitter);
    const helpful = form.get('helpful') === 'yes';
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined;
    const details = state.step === 'details';
    setState((s) => ({ ...s, busy: true, problem: null }));
    const res = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ articleId, cloud, helpful, reason: text('reason'), comment: text('comment') }),
    }).catch(() => null);
    if (res?.status === 201) setState({ step: details ? 'thanks' : 'details', helpful, problem: null, busy: false });
    else if (!res || res.status === 503) setState((s) => ({ ...s, step: 'unavailable', busy: false }));
    else setState((s) => ({ ...s, busy: false, problem: PROBLEMS[res.status] ?? 'Your feedback could not be saved; please try again.' }));
  }

  return { state, submit };
}
