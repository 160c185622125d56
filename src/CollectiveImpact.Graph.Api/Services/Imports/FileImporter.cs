using System.IO.Compression;
using System.Xml;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Services.Imports;

/// <summary>
/// Imports a file (docs/spreadsheets.md): an Excel workbook, a zip of CSV files or one CSV file in the
/// network workbook's layout, or a network document. A workbook becomes a network document
/// (<see cref="WorkbookDocumentBuilder"/>), which is imported as <c>importNetwork</c> imports one
/// (<see cref="NetworkWriter.ImportAsync"/>: checked whole against the stored network, merged or replacing it, one
/// atomic write, or a dry run that writes nothing). Every problem is named by sheet, row and column, all at once, and
/// a file with any problem writes nothing (<see cref="FileImportRefusedProblem"/>).
/// </summary>
public sealed class FileImporter(NetworkWriter writer, INetworkStore store, ImportGate gate, IOptions<ImportOptions> options, IOptions<KumuOptions> kumu)
{
    /// <summary>
    /// Reads and imports <paramref name="file"/> (seekable). <paramref name="format"/> null detects it from the bytes;
    /// <paramref name="sheet"/> names the sheet a lone CSV file holds. <paramref name="maxDocumentBytes"/> bounds the
    /// document a workbook may make.
    /// </summary>
    public async Task<FileImportResult> ImportAsync(
        Stream file, ImportFileFormat? format, string? sheet, ChangeMode mode, bool dryRun, long maxDocumentBytes,
        string requestedBy, CancellationToken cancellationToken, KumuOptions? kumuTypes = null)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        var detected = format ?? Detect(file);
        if (detected == ImportFileFormat.Json)
        {
            var bytes = new byte[file.Length];
            file.Position = 0;
            await file.ReadExactlyAsync(bytes, cancellationToken);
            try
            {
                return new FileImportResult(detected, await writer.ImportAsync(bytes, mode, dryRun, cancellationToken, requestedBy), [], [], "document", []);
            }
            catch (InvalidInputProblem refused)
            {
                throw new FileImportRefusedProblem(
                    "The network document", [.. refused.Problems.Select(p => new WorkbookProblem(null, null, null, null, p.Code, $"{p.Path}: {p.Message}", p.Path))], refused.ProblemCount);
            }
        }

        if (detected == ImportFileFormat.Csv && mode == ChangeMode.Replace)
        {
            throw new ArgumentProblem("mode: REPLACE takes the whole network, and one CSV file is one sheet of it; send the workbook (.xlsx) or a zip of every sheet's CSV file, or MERGE this sheet.");
        }

        var workbook = Build(file, detected, sheet, maxDocumentBytes, Merged(kumu.Value, kumuTypes), cancellationToken);
        var what = detected == ImportFileFormat.Xlsx ? "The workbook" : detected == ImportFileFormat.Zip ? "The zip of CSV files" : "The CSV file";
        if (workbook.Blocking)
        {
            throw new FileImportRefusedProblem(what, workbook.Problems, workbook.ProblemCount);
        }

        IReadOnlyList<WorkbookProblem> documentProblems = [];
        var documentProblemCount = 0;
        ImportResult? result = null;
        try
        {
            // With problems of its own, the workbook is still checked whole (every problem at once), but never written.
            result = await writer.ImportAsync(workbook.Json, mode, dryRun || workbook.ProblemCount > 0, cancellationToken, requestedBy);
        }
        catch (InvalidInputProblem refused)
        {
            var stored = refused.Problems.Any(p => p.Code == Store.Validation.ProblemCodes.UnknownReference) && mode == ChangeMode.Merge
                ? (await store.ReadSnapshotAsync(cancellationToken)).Network
                : null;
            documentProblems = new WorkbookProblems(workbook, kind => StoredIds(stored, kind)).Map(refused.Problems);
            documentProblemCount = refused.ProblemCount - (refused.Problems.Count - documentProblems.Count);
        }

        if (workbook.ProblemCount > 0 || documentProblemCount > 0)
        {
            var listed = workbook.Problems.Concat(documentProblems).Take(options.Value.MaxProblems).ToList();
            throw new FileImportRefusedProblem(what, listed, workbook.ProblemCount + documentProblemCount);
        }

        return new FileImportResult(detected, result!, [.. workbook.Sheets], workbook.IgnoredSheets, workbook.Layout, workbook.Notes);
    }

    /// <summary>The sheets of the file turned into a network document.</summary>
    private WorkbookDocument Build(Stream file, ImportFileFormat format, string? sheet, long maxDocumentBytes, KumuOptions kumuTypes, CancellationToken cancellationToken)
    {
        file.Position = 0;
        try
        {
            switch (format)
            {
                case ImportFileFormat.Xlsx:
                    using (var document = SpreadsheetDocument.Open(file, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart(maxDocumentBytes) }))
                    {
                        return BuildSheets(XlsxSheetReader.Read(document, maxDocumentBytes, cancellationToken), maxDocumentBytes, kumuTypes, cancellationToken);
                    }

                case ImportFileFormat.Zip:
                    using (var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true))
                    {
                        var sheets = CsvSheetReader.ReadZip(zip, cancellationToken);
                        if (sheets.Count == 0)
                        {
                            throw new WorkbookFormatException("The zip holds no .csv file; it should hold one per sheet (Organizations.csv, Ties.csv, …), as /export/network.zip writes.");
                        }

                        return BuildSheets(sheets, maxDocumentBytes, kumuTypes, cancellationToken);
                    }

                default:
                    if (string.IsNullOrWhiteSpace(sheet))
                    {
                        throw new ArgumentProblem("sheet: one CSV file is one sheet; say which (sheet=Organizations), or upload it under the sheet's name (Organizations.csv).");
                    }

                    if (WorkbookDocumentBuilder.KindOf(sheet) is null)
                    {
                        var near = Suggestions.Closest(sheet, Exports.WorkbookLayout.Kinds.Select(k => k.Sheet));
                        throw new ArgumentProblem($"sheet: '{sheet}' is not a sheet of the network workbook{(near is null ? string.Empty : $"; did you mean {near}?")} The sheets are {string.Join(", ", Exports.WorkbookLayout.Kinds.Select(k => k.Sheet))}.");
                    }

                    return WorkbookDocumentBuilder.Build([CsvSheetReader.Read(file, sheet, cancellationToken)], options.Value.MaxProblems, maxDocumentBytes, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException or InvalidOperationException or WorkbookFormatException)
        {
            var reason = ex is WorkbookFormatException ? ex.Message : $"{Describe(format)} could not be read ({ex.Message.TrimEnd('.')}). Save it again from the spreadsheet, or export a fresh one from /export/network.xlsx.";
            throw new FileImportRefusedProblem(Describe(format), [new WorkbookProblem(null, null, null, null, WorkbookProblemCodes.UnreadableFile, reason)], 1);
        }
    }

    /// <summary>A Kumu export (an Elements sheet) read by <see cref="KumuReader"/>; any other workbook in the network workbook's layout.</summary>
    private WorkbookDocument BuildSheets(IReadOnlyList<SourceSheet> sheets, long maxDocumentBytes, KumuOptions kumuTypes, CancellationToken cancellationToken) =>
        KumuReader.IsKumu(sheets)
            ? KumuReader.Read(sheets, kumuTypes, cancellationToken)
            : WorkbookDocumentBuilder.Build(sheets, options.Value.MaxProblems, maxDocumentBytes, cancellationToken);

    /// <summary>The configured Kumu types with one import's own on top.</summary>
    private static KumuOptions Merged(KumuOptions configured, KumuOptions? request)
    {
        if (request is null)
        {
            return configured;
        }

        var merged = new KumuOptions();
        foreach (var (from, to) in configured.ElementTypes.Concat(request.ElementTypes))
        {
            merged.ElementTypes[from] = to;
        }

        foreach (var (from, to) in configured.ConnectionTypes.Concat(request.ConnectionTypes))
        {
            merged.ConnectionTypes[from] = to;
        }

        return merged;
    }

    /// <summary>Detects the format from the file's first bytes: a zip (a workbook, or CSV files), a JSON object, or CSV.</summary>
    public static ImportFileFormat Detect(Stream file)
    {
        file.Position = 0;
        Span<byte> head = stackalloc byte[8];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        file.Position = 0;
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            try
            {
                using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
                return zip.GetEntry("xl/workbook.xml") is not null || zip.GetEntry("[Content_Types].xml") is not null ? ImportFileFormat.Xlsx : ImportFileFormat.Zip;
            }
            catch (InvalidDataException ex)
            {
                throw new FileImportRefusedProblem("The file", [new WorkbookProblem(null, null, null, null, WorkbookProblemCodes.UnreadableFile, $"The file starts as a zip (a workbook or CSV files) but is not one that can be read: {ex.Message}")], 1);
            }
            finally
            {
                file.Position = 0;
            }
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            throw new FileImportRefusedProblem("The file", [new WorkbookProblem(null, null, null, null, WorkbookProblemCodes.UnreadableFile, "The file is an Excel 97–2003 workbook (.xls), which the service does not read; save it as an Excel workbook (.xlsx).")], 1);
        }

        var text = head.StartsWith("\uFEFF"u8) ? head[3..] : head;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && text[start] == (byte)'{' ? ImportFileFormat.Json : ImportFileFormat.Csv;
    }

    private static string Describe(ImportFileFormat format) => format switch
    {
        ImportFileFormat.Xlsx => "The workbook",
        ImportFileFormat.Zip => "The zip of CSV files",
        ImportFileFormat.Csv => "The CSV file",
        _ => "The network document",
    };

    /// <summary>A part of the package (a sheet's XML, the shared strings) may be at most this long once unzipped.</summary>
    private static long MaxCharactersInPart(long maxDocumentBytes) => Math.Max(maxDocumentBytes * 4, 16L * 1024 * 1024);

    private static IEnumerable<string> StoredIds(Network? network, NodeKind? kind)
    {
        if (network is null)
        {
            return [];
        }

        IEnumerable<INetworkNode> nodes = kind switch
        {
            NodeKind.Goal => network.Goals,
            NodeKind.Indicator => network.Indicators,
            NodeKind.Organization => network.Organizations,
            NodeKind.Person => network.People,
            NodeKind.Activity => network.Activities,
            _ => [.. network.Goals, .. network.Indicators, .. network.Organizations, .. network.People, .. network.Activities],
        };
        return nodes.Select(n => n.Id);
    }
}
