import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useExchangeSource } from '../exchange-source';
import { ImportedBanner } from '../har/HarControls';
import { explorerMessages } from '../messages';
import { ExchangeDetails, useOutcome } from '../TimelineSection';
import { diagramMessages } from './messages';
import { diagramSteps, lanes, type Lane, type Outcome, type Step } from './steps';
import './diagram.css';

const width = 760;
const laneX: Record<Lane, number> = { app: 110, identity: 380, api: 650 };
const top = 56;
const rowHeight = 46;
/** Not by colour alone: each outcome has its sign too. */
const signs: Record<Outcome, string> = { ok: '✓', redirect: '↪', fail: '✗' };

function useStepText() {
  const t = useMessages(explorerMessages);
  const d = useMessages(diagramMessages);
  const outcome = useOutcome();
  return {
    what: (step: Step) =>
      `${t.kinds[step.exchange.kind]}${step.exchange.kind === 'api' ? ` ${new URL(step.exchange.url).pathname}` : ''}${step.detail ? ` (${step.detail})` : ''}${step.proof ? ` + ${d.proof}` : ''}`,
    result: (step: Step) =>
      `${signs[step.outcome]} ${step.exchange.status === undefined && !step.exchange.error ? d.outcomes[step.outcome] : `${outcome(step.exchange)}${step.exchange.status === undefined ? '' : ` ${d.outcomes[step.outcome]}`}`}${step.answer ? `, ${d.answered(step.answer)}` : ''}`,
  };
}

function Arrow({ step, index, y, selected, onSelect, onKeyDown }: { step: Step; index: number; y: number; selected: boolean; onSelect: () => void; onKeyDown: (event: KeyboardEvent) => void }) {
  const d = useMessages(diagramMessages);
  const text = useStepText();
  const x1 = laneX[step.from];
  const x2 = laneX[step.to];
  const direction = x2 > x1 ? 1 : -1;
  const label = `${index + 1}. ${step.exchange.method === 'GET' ? '' : `${step.exchange.method} `}${text.what(step)} · ${text.result(step)}`;
  return (
    <g
      role="button"
      tabIndex={selected ? 0 : -1}
      aria-pressed={selected}
      aria-label={d.arrow(index + 1, text.what(step), d.lanes[step.from], d.lanes[step.to], text.result(step))}
      className={`diagram-arrow outcome-${step.outcome}${selected ? ' selected' : ''}`}
      data-step={index + 1}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      <rect className="hit" x={Math.min(x1, x2) - 6} y={y - 28} width={Math.abs(x2 - x1) + 12} height={rowHeight - 4} rx={4} />
      <line x1={x1} y1={y} x2={x2 - direction * 9} y2={y} strokeDasharray={step.outcome === 'redirect' ? '6 4' : undefined} />
      <polygon points={`${x2},${y} ${x2 - direction * 10},${y - 5} ${x2 - direction * 10},${y + 5}`} />
      {step.proof ? <circle className="proof-mark" cx={x1 + direction * 14} cy={y} r={5} /> : null}
      {step.answer ? <line className="answer" x1={x2} y1={y + 9} x2={x1 + direction * 9} y2={y + 9} strokeDasharray="3 3" /> : null}
      <text x={(x1 + x2) / 2} y={y - 7} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** The recorded flow as a sequence diagram (SVG drawn here), with a table of the same steps and a stepper. */
export function SequenceDiagram() {
  const d = useMessages(diagramMessages);
  const text = useStepText();
  const id = useId();
  const { exchanges } = useExchangeSource();
  const steps = diagramSteps(exchanges);
  const [chosen, setChosen] = useState(0);
  const selected = steps.length === 0 ? -1 : Math.min(chosen, steps.length - 1);
  const svg = useRef<SVGSVGElement>(null);
  const height = top + steps.length * rowHeight + 16;

  const select = (index: number, focus = false) => {
    const next = Math.max(0, Math.min(steps.length - 1, index));
    setChosen(next);
    if (focus) svg.current?.querySelector<SVGGElement>(`[data-step="${next + 1}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: selected + 1, ArrowRight: selected + 1, ArrowUp: selected - 1, ArrowLeft: selected - 1, Home: 0, End: steps.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      select(target, true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(selected);
    }
  };
  const current = selected >= 0 ? steps[selected] : undefined;

  return (
    <section className="card explorer-section sequence-diagram" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{d.title}</h2>
      <p className="muted">{d.intro}</p>
      <ImportedBanner />
      {steps.length === 0 ? (
        <p>{d.empty}</p>
      ) : (
        <>
          <div className="diagram-scroll">
            <svg ref={svg} viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label={d.figure(steps.length)} className="diagram">
              {lanes.map((lane) => (
                <g key={lane} className="lane" aria-hidden="true">
                  <rect x={laneX[lane] - 80} y={4} width={160} height={28} rx={6} />
                  <text x={laneX[lane]} y={23} textAnchor="middle">
                    {d.lanes[lane]}
                  </text>
                  <line x1={laneX[lane]} y1={32} x2={laneX[lane]} y2={height - 4} />
                </g>
              ))}
              {steps.map((step, index) => (
                <Arrow
                  key={step.exchange.id}
                  step={step}
                  index={index}
                  y={top + index * rowHeight + 16}
                  selected={index === selected}
                  onSelect={() => select(index)}
                  onKeyDown={onKeyDown}
                />
              ))}
            </svg>
          </div>
          <div className="actions stepper">
            <button type="button" onClick={() => select(selected - 1)} disabled={selected <= 0}>
              {d.previous}
            </button>
            <span role="status">{d.position(selected + 1, steps.length)}</span>
            <button type="button" onClick={() => select(selected + 1)} disabled={selected >= steps.length - 1}>
              {d.next}
            </button>
          </div>
          {current ? (
            <section className="step-details" aria-labelledby={`${id}-details`}>
              <h3 id={`${id}-details`}>{d.details(selected + 1, text.what(current))}</h3>
              <p>
                <code className="wrap">
                  {current.exchange.method} {current.exchange.url}
                </code>{' '}
                · {text.result(current)}
              </p>
              <ExchangeDetails exchange={current.exchange} />
            </section>
          ) : (
            <p>{d.noneSelected}</p>
          )}
          <details className="diagram-table">
            <summary>{d.steps}</summary>
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">{d.steps}</caption>
                <thead>
                  <tr>
                    <th scope="col">{d.number}</th>
                    <th scope="col">{d.step}</th>
                    <th scope="col">{d.from}</th>
                    <th scope="col">{d.to}</th>
                    <th scope="col">{d.outcome}</th>
                  </tr>
                </thead>
                <tbody>
                  {steps.map((step, index) => (
                    <tr key={step.exchange.id} aria-current={index === selected ? 'step' : undefined}>
                      <td>
                        <button type="button" onClick={() => select(index)} aria-label={d.show(index + 1)}>
                          {index + 1}
                        </button>
                      </td>
                      <td>{text.what(step)}</td>
                      <td>{d.lanes[step.from]}</td>
                      <td>{d.lanes[step.to]}</td>
                      <td>{text.result(step)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
