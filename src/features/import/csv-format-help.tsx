import { CSV_COLUMNS, CSV_DATASETS } from './csv-columns';

/** The CSV formats, generated from the same column list the importer reads, so the help cannot drift from the code. */
export function CsvFormatHelp() {
  return (
    <details className="import-help">
      <summary>CSV columns (projects and trade-monthly)</summary>
      <p>
        One record per row, a header row naming the columns (any order; optional columns may be left out). Lists are
        space-separated ids. An empty cell means “not known”, never 0. Amounts keep their original currency; a USD
        conversion of a project value can only be given in JSON.
      </p>
      {CSV_DATASETS.map((name) => (
        <table key={name} className="import-help__table">
          <caption>{name}.csv</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Required</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS[name].map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{column.name}</code>
                </th>
                <td>{column.required ? 'yes' : 'no'}</td>
                <td>{column.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </details>
  );
}
