'use client';
/**
 * "Was this helpful?": Yes / No, then a reason from a short list and an optional comment, then thanks. Plain
 * forms posting to /api/feedback/form work without JavaScript; with it, useFeedback posts JSON and keeps the
 * reader on the page. Says so when feedback cannot be stored.
 */
import { useId, useState } from 'react';
import { COMMENT_MAX, FORM_ACTION, type Outcome, reasonsFor } from '@/lib/feedback/reasons';
import styles from './FeedbackWidget.module.css';
import { useFeedback } from './useFeedback';

interface Props {
  articleId: string;
  /** The cloud the article is shown for; stored with the vote. */
  cloud: string;
  /** `?feedback=` of the page: where a no-JavaScript post left off. */
  outcome?: Outcome;
}

export function FeedbackWidget({ articleId, cloud, outcome }: Props) {
  const id = useId();
  const { state, submit } = useFeedback(articleId, cloud, outcome);
  const [length, setLength] = useState(0);
  const hidden = (
    <>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="cloud" value={cloud} />
    </>
  );
  return (
    <section id="feedback" className={styles.widget} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        Was this helpful?
      </h2>
      {state.problem && (
        <p className={styles.problem} role="alert">
          {state.problem}
        </p>
      )}
      {state.step === 'ask' && (
        <form method="post" action={FORM_ACTION} onSubmit={submit} className={styles.row}>
          {hidden}
          <button type="submit" name="helpful" value="yes" className={styles.button} disabled={state.busy}>
            Yes
          </button>
          <button type="submit" name="helpful" value="no" className={styles.button} disabled={state.busy}>
            No
          </button>
        </form>
      )}
      {state.step === 'details' && (
        <form method="post" action={FORM_ACTION} onSubmit={submit} className={styles.details}>
          {hidden}
          <input type="hidden" name="helpful" value={state.helpful ? 'yes' : 'no'} />
          <input type="hidden" name="step" value="details" />
          <p role="status" className={styles.note}>
            Thanks for your vote. Tell us more (optional):
          </p>
          <fieldset className={styles.reasons}>
            <legend>{state.helpful ? 'What helped most?' : 'What went wrong?'}</legend>
            {reasonsFor(state.helpful).map((reason) => (
              <label key={reason} className={styles.reason}>
                <input type="radio" name="reason" value={reason} /> {reason}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-comment`} className={styles.label}>
            Comment (optional)
          </label>
          <textarea
            id={`${id}-comment`}
            name="comment"
            rows={3}
            maxLength={COMMENT_MAX}
            className={styles.comment}
            aria-describedby={`${id}-count`}
            onChange={(e) => setLength(e.currentTarget.value.length)}
          />
          <span id={`${id}-count`} className={styles.count}>
            {length}/{COMMENT_MAX} characters
          </span>
          <div>
            <button type="submit" className={styles.primary} disabled={state.busy}>
              Send feedback
            </button>
          </div>
        </form>
      )}
      {state.step === 'thanks' && (
        <p role="status" className={styles.note}>
          Thank you for your feedback.
        </p>
      )}
      {state.step === 'unavailable' && (
        <p role="status" className={styles.note}>
          Feedback is unavailable right now. The article itself is unaffected.
        </p>
      )}
    </section>
  );
}
