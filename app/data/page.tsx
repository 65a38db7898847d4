import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { describeFields, formatBytes, shortenedSample } from '@/lib/open-data/describe';
import { CSV_LIST_SEPARATOR, DATA_LICENCE, DATA_TABLES, dataFilePath, openDataFiles, tableFileNames } from '@/lib/open-data/files';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, withBasePath } from '@/lib/settings';
import { bulletins, qas } from '@/lib/site/content';
import { taxonomies } from '@/lib/site/taxonomies';

export const metadata: Metadata = pageMetadata({
  path: routes.data(),
  title: '开放数据',
  description: '《数字乡村发展动态》各期条目与政策答记者问的开放数据：JSON（附 JSON Schema）与 CSV 下载，字段说明、文件大小与样例。',
});

const FORMAT_NOTE: Record<string, string> = {
  json: 'JSON',
  csv: 'CSV（UTF-8，带 BOM）',
  schema: 'JSON Schema',
};

export default function DataPage() {
  const input = { bulletins, qas, taxonomies, absoluteUrl };
  const sizes = new Map(openDataFiles(input).map((file) => [file.name, file.body.length]));
  return (
    <>
      <Breadcrumbs trail={[{ label: '首页', href: routes.home() }, { label: '开放数据' }]} />
      <h1 className="mb-2 text-2xl font-bold">开放数据</h1>
      <p className="mb-2">
        本站全部条目和答记者问的问题整理为数据文件，供研究者下载分析。文件在每次构建时由网站所用的同一份内容生成，与页面一致。
      </p>
      <p className="mb-2">
        JSON 文件的结构见同名的 JSON Schema；CSV 文件按 RFC 4180 书写，采用 UTF-8 编码并带 BOM，Excel 和 WPS 可直接打开，不会乱码。CSV
        中的列表字段（地区、政策文件、分类、标签）以“{CSV_LIST_SEPARATOR}”分隔。
      </p>
      <p className="mb-6 text-sm text-muted">使用说明：{DATA_LICENCE}</p>
      {DATA_TABLES.map((table) => {
        const names = tableFileNames(table);
        const rows = table.rows(input);
        const sample = rows[0];
        return (
          <section key={table.name} aria-labelledby={`data-${table.name}`} className="mb-10">
            <h2 id={`data-${table.name}`} className="mb-2 text-xl font-bold">
              {table.title}（{rows.length} {table.rowUnit}）
            </h2>
            <ul className="mb-4 list-disc pl-6">
              {Object.entries(names).map(([format, name]) => (
                <li key={name}>
                  <a href={withBasePath(dataFilePath(name))} download={name}>
                    {name}
                  </a>{' '}
                  <span className="text-muted">
                    {FORMAT_NOTE[format]}，{formatBytes(sizes.get(name) ?? 0)}
                  </span>
                </li>
              ))}
            </ul>
            <table className="data-table mb-4 text-sm">
              <caption className="mb-2 text-left font-bold">{table.title}的字段</caption>
              <thead>
                <tr>
                  <th scope="col">字段</th>
                  <th scope="col">类型</th>
                  <th scope="col">说明</th>
                </tr>
              </thead>
              <tbody>
                {describeFields(table).map((field) => (
                  <tr key={field.name}>
                    <th scope="row">
                      <code>{field.name}</code>
                    </th>
                    <td>{field.kind}</td>
                    <td>{field.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {sample && (
              <figure>
                <figcaption className="mb-1 text-sm text-muted">样例：{names.json} 的第一行（正文已截断）</figcaption>
                <pre className="data-sample">
                  <code>{JSON.stringify(shortenedSample(sample), null, 2)}</code>
                </pre>
              </figure>
            )}
          </section>
        );
      })}
    </>
  );
}
