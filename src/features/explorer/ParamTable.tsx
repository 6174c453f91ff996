import type { ReactNode } from 'react';
import { ParamValue } from './Secret';

interface ParamTableProps {
  params: Record<string, string>;
  caption: string;
  /** Adds a column saying what each parameter means. */
  describe?: (name: string) => string | undefined;
  /** Shows a value; by default secrets are masked by their name. */
  renderValue?: (name: string, value: string) => ReactNode;
}

/** Name → value pairs, secrets masked. */
export function ParamTable({ params, caption, describe, renderValue = (name, value) => <ParamValue name={name} value={value} /> }: ParamTableProps) {
  const entries = Object.entries(params);
  if (entries.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="params">
        <caption>{caption}</caption>
        <tbody>
          {entries.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                {renderValue(name, value)}
              </td>
              {describe ? <td className="muted">{describe(name) ?? ''}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
