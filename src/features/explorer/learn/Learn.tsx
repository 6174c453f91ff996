import { useEffect, useId, type JSX } from 'react';
import { useMessages } from '../../../i18n/messages';
import '../explorer-parts.css';
import { learnMessages, learnTopics, topicIds } from './messages';

/** The flows explained, each a subsection a link can target (the sign-in page links to /explorer#implicit). */
export function Learn(): JSX.Element {
  const t = useMessages(learnMessages);
  const id = useId();

  // The page is lazy-loaded, so the browser looked for the fragment before this existed.
  useEffect(() => {
    const target = decodeURIComponent(window.location.hash.slice(1));
    if (!Object.values(topicIds).includes(target)) return;
    const element = document.getElementById(target);
    element?.scrollIntoView();
    element?.focus({ preventScroll: true });
  }, []);

  return (
    <section className="card explorer-part learn" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.title}</h2>
      <p>{t.intro}</p>
      <p className="learn-contents-title" id={`${id}-contents`}>
        {t.contents}
      </p>
      <ul className="learn-contents" aria-labelledby={`${id}-contents`}>
        {learnTopics.map((topic) => (
          <li key={topic}>
            <a href={`#${topicIds[topic]}`}>{t.topics[topic].title}</a>
          </li>
        ))}
      </ul>
      {learnTopics.map((topic) => (
        <section key={topic} id={topicIds[topic]} className="learn-topic" aria-labelledby={`${id}-${topic}`} tabIndex={-1}>
          <h3 id={`${id}-${topic}`}>{t.topics[topic].title}</h3>
          {t.topics[topic].paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
    </section>
  );
}
