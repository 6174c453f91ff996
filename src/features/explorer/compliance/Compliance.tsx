import { useId } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useExchangeSource } from '../exchange-source';
import { ImportedBanner } from '../har/HarControls';
import { explorerMessages } from '../messages';
import { flowOf } from './flow';
import { complianceMessages } from './messages';
import { fapiProfile, rules, type Evidence } from './rules';
import './compliance.css';

/** The recorded flow graded against the rules table, row by row, with the evidence for each grade. */
export function Compliance() {
  const c = useMessages(complianceMessages);
  const t = useMessages(explorerMessages);
  const id = useId();
  const { exchanges } = useExchangeSource();
  const flow = flowOf(exchanges);
  const graded = rules.map((rule) => ({ rule, verdict: rule.check(flow) }));
  const count = (result: string) => graded.filter((row) => row.verdict.result === result).length;
  const fapi = fapiProfile(flow);
  const evidenceText = (evidence: Evidence) => {
    const exchange = evidence.step === undefined ? undefined : exchanges[evidence.step - 1];
    return [exchange && evidence.step !== undefined ? `${c.step(evidence.step, t.kinds[exchange.kind])}:` : null, evidence.fact ?? null, evidence.reason ? c.reasons[evidence.reason] : null]
      .filter(Boolean)
      .join(' ');
  };
  return (
    <section className="card explorer-section compliance" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{c.title}</h2>
      <p className="muted">{c.intro}</p>
      <ImportedBanner />
      {exchanges.length === 0 ? (
        <p>{c.empty}</p>
      ) : (
        <>
          <p role="status">{c.summary(count('pass'), count('fail'), count('na'))}</p>
          <p className="fapi-summary">{c.fapiSummary(fapi.passing.length, fapi.required.length)}</p>
          <p className="muted">{c.fapiRequired(fapi.required.map((rule) => `${c.titles[rule]} (${c.results[graded.find((row) => row.rule.id === rule)?.verdict.result ?? 'na']})`).join('; '))}</p>
          <table className="scorecard">
            <caption className="visually-hidden">{c.title}</caption>
            <colgroup>
              <col />
              <col className="result-column" />
              <col />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{c.clause}</th>
                <th scope="col">{c.result}</th>
                <th scope="col">{c.evidence}</th>
              </tr>
            </thead>
            <tbody>
              {graded.map(({ rule, verdict }) => (
                <tr key={rule.id} data-rule={rule.id}>
                  <th scope="row">
                    <span className="clause">{rule.clause}</span> {c.titles[rule.id]}
                  </th>
                  <td className={`result result-${verdict.result}`}>{c.results[verdict.result]}</td>
                  <td>
                    <ul className="evidence">
                      {verdict.evidence.map((evidence, index) => (
                        <li key={index}>{evidenceText(evidence)}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
