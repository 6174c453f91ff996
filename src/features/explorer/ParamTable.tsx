import { ParamValue } from './Secret';

/** Name → value pairs, secrets masked; `describe` adds a column saying what each means. */
export function ParamTable({ params, caption, describe }: { params: Record<string, string>; caption: string; describe?: (name: string) => string | undefined }) {
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
                <ParamValue name={name} value={value} />
              </td>
              {describe ? <td className="muted">{describe(name) ?? ''}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
