/**
 * Adds to an .xlsx (as exceljs wrote it) the parts other writers put there, written the way
 * openpyxl writes them — absolute relationship targets (`/xl/drawings/drawing1.xml`), which exceljs
 * 4.4 cannot follow: an image (a unit's seal), an embedded chart, a chart sheet, cell comments with
 * their VML. Minimal OOXML transcribed from real files; for reading tests (Node only). And the
 * package-level parts exceljs drops and insert carries through: custom properties as WPS writes
 * them, and the webextension parts Excel writes once a task pane was open in the workbook.
 */
import JSZip from 'jszip';

/** `comments-folder`: the comments in a folder of their own (xl/comments/comment1.xml), as some writers keep them. */
export type OfficePart = 'image' | 'chart' | 'chartsheet' | 'comments' | 'comments-folder';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

const rels = (items: Array<[string, string, string]>) =>
  `<Relationships xmlns="${REL_NS}">${items.map(([id, type, target]) => `<Relationship Type="${R}/${type}" Target="${target}" Id="${id}"/>`).join('')}</Relationships>`;

const chartXml = (sheet: string) =>
  `<chartSpace xmlns="http://schemas.openxmlformats.org/drawingml/2006/chart"><chart><plotArea><barChart><barDir val="col"/><grouping val="clustered"/><ser><idx val="0"/><order val="0"/><val><numRef><f>'${sheet}'!$C$2:$C$3</f></numRef></val></ser><axId val="10"/><axId val="100"/></barChart><catAx><axId val="10"/><scaling><orientation val="minMax"/></scaling><axPos val="l"/><crossAx val="100"/></catAx><valAx><axId val="100"/><scaling><orientation val="minMax"/></scaling><axPos val="l"/><crossAx val="10"/></valAx></plotArea><plotVisOnly val="1"/></chart></chartSpace>`;

const chartFrame = (anchor: string) =>
  `<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">${anchor}<graphicFrame><nvGraphicFramePr><cNvPr id="1" name="Chart 1"/><cNvGraphicFramePr/></nvGraphicFramePr><xfrm/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></graphicFrame><clientData/></${/^<(\w+)/.exec(anchor)![1]}></wsDr>`;

/** Adds the parts to the first worksheet of the workbook (and a chart sheet after it). */
export async function withOfficeParts(xlsx: Buffer, parts: readonly OfficePart[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetName = /<sheet [^>]*name="([^"]+)"/.exec(await zip.file('xl/workbook.xml')!.async('string'))![1]!;
  const types: string[] = [];
  const sheetRels: Array<[string, string, string]> = [];
  const sheetElements: string[] = [];
  const relsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
  const existing = await zip.file(relsPath)?.async('string');
  let n = 100;
  if (parts.includes('image') || parts.includes('chart')) {
    const anchors: string[] = [];
    const drawingRels: Array<[string, string, string]> = [];
    if (parts.includes('image')) {
      zip.file('xl/media/image1.png', PNG);
      drawingRels.push(['rId1', 'image', '/xl/media/image1.png']);
      anchors.push(
        `<oneCellAnchor><from><col>5</col><colOff>0</colOff><row>2</row><rowOff>0</rowOff></from><ext cx="762000" cy="762000"/><pic><nvPicPr><cNvPr id="1" name="Image 1" descr="Picture"/><cNvPicPr/></nvPicPr><blipFill><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}" r:embed="rId1"/></blipFill><spPr/></pic><clientData/></oneCellAnchor>`,
      );
      types.push('<Default Extension="png" ContentType="image/png"/>');
    }
    if (parts.includes('chart')) {
      zip.file('xl/charts/chart1.xml', chartXml(sheetName));
      drawingRels.push(['rId2', 'chart', '/xl/charts/chart1.xml']);
      anchors.push(chartFrame('<absoluteAnchor><pos x="0" y="0"/><ext cx="3000000" cy="2000000"/>').replace('r:id="rId1"', 'r:id="rId2"').replace(/^<wsDr[^>]*>|<\/wsDr>$/g, ''));
      types.push('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    }
    zip.file('xl/drawings/drawing1.xml', `<wsDr xmlns="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">${anchors.join('')}</wsDr>`);
    zip.file('xl/drawings/_rels/drawing1.xml.rels', rels(drawingRels));
    types.push('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    sheetRels.push([`rId${n}`, 'drawing', '/xl/drawings/drawing1.xml']);
    sheetElements.push(`<drawing xmlns:r="${R}" r:id="rId${n++}"/>`);
  }
  if (parts.includes('comments') || parts.includes('comments-folder')) {
    const part = parts.includes('comments') ? 'xl/comments1.xml' : 'xl/comments/comment1.xml';
    zip.file(
      part,
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>审核人</author></authors><commentList><comment ref="B2" authorId="0"><text><t>请核对资金来源</t></text></comment></commentList></comments>',
    );
    zip.file(
      'xl/drawings/commentsDrawing1.vml',
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="shape_0" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
    );
    types.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`);
    types.push('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>');
    sheetRels.push([`rId${n++}`, 'comments', `/${part}`]);
    sheetRels.push([`rId${n}`, 'vmlDrawing', '/xl/drawings/commentsDrawing1.vml']);
    sheetElements.push(`<legacyDrawing xmlns:r="${R}" r:id="rId${n++}"/>`);
  }
  if (sheetRels.length > 0) {
    const mine = sheetRels.map(([id, type, target]) => `<Relationship Type="${R}/${type}" Target="${target}" Id="${id}"/>`).join('');
    zip.file(relsPath, existing ? existing.replace('</Relationships>', `${mine}</Relationships>`) : `<Relationships xmlns="${REL_NS}">${mine}</Relationships>`);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace('</worksheet>', `${sheetElements.join('')}</worksheet>`));
  }
  if (parts.includes('chartsheet')) {
    zip.file('xl/charts/chart2.xml', chartXml(sheetName));
    zip.file('xl/drawings/drawing2.xml', chartFrame('<absoluteAnchor><pos x="0" y="0"/><ext cx="0" cy="0"/>'));
    zip.file('xl/drawings/_rels/drawing2.xml.rels', rels([['rId1', 'chart', '/xl/charts/chart2.xml']]));
    zip.file('xl/chartsheets/sheet1.xml', `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing xmlns:r="${R}" r:id="rId1"/></chartsheet>`);
    zip.file('xl/chartsheets/_rels/sheet1.xml.rels', rels([['rId1', 'drawing', '/xl/drawings/drawing2.xml']]));
    const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', wbRels.replace('</Relationships>', `<Relationship Type="${R}/chartsheet" Target="/xl/chartsheets/sheet1.xml" Id="rId900"/></Relationships>`));
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', wb.replace('</sheets>', `<sheet xmlns:r="${R}" name="图表" sheetId="900" r:id="rId900"/></sheets>`));
    types.push('<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>');
    types.push('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    types.push('<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  }
  const ct = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', ct.replace('</Types>', `${types.join('')}</Types>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
export const TASKPANES_REL = 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes';

/** The parts withPackageParts adds, by name. */
export const PACKAGE_PARTS: Readonly<Record<string, string>> = {
  'docProps/custom.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16729</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>8A2F0C1B</vt:lpwstr></property></Properties>',
  'xl/webextensions/taskpanes.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="4"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>',
  'xl/webextensions/_rels/taskpanes.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
  'xl/webextensions/webextension1.xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5B2A4C8E-0C6F-4E43-9F1A-3D2B7E6A9C10}"><we:reference id="0f6e1c3a-perf-target" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties><we:bindings/><we:snapshot/></we:webextension>',
};

/** Adds PACKAGE_PARTS with their content types and package relationships, numbered as Excel numbers them. */
export async function withPackageParts(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  for (const [name, text] of Object.entries(PACKAGE_PARTS)) zip.file(name, text);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
        '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
        '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
    ),
  );
  const rootRels = await zip.file('_rels/.rels')!.async('string');
  zip.file(
    '_rels/.rels',
    rootRels.replace(
      '</Relationships>',
      `<Relationship Id="rId4" Type="${CUSTOM_REL}" Target="docProps/custom.xml"/><Relationship Id="rId5" Type="${TASKPANES_REL}" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
