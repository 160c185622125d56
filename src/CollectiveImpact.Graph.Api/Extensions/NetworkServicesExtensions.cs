using CollectiveImpact.Graph.Api.Services.Comparison;
using CollectiveImpact.Graph.Api.Sample;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Services.Snapshots;
using CollectiveImpact.Graph.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectiveImpact.Graph.Api.Extensions;

/// <summary>The network's services: the store (configuration picks it), the services resolvers call, the sample.</summary>
public static class NetworkServicesExtensions
{
    public static IHostApplicationBuilder AddNetworkServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddNetworkStore(builder.Configuration);
        builder.Services.AddSingleton<NetworkWriter>();
        builder.Services.AddSingleton<NetworkExporter>();
        builder.Services.AddSingleton<Services.Surveys.SurveyService>();
        // Survey rounds and undo entries live in the access layer's file (docs/survey.md), which imports and exports reach too.
        builder.Services.AddAccessFile();
        builder.Services.AddSingleton<Services.Surveys.SurveyStore>();
        builder.Services.AddSingleton<Services.Editing.UndoLog>();
        builder.Services.AddSingleton<Services.Editing.ProposalStore>();
        builder.Services.AddSingleton<Services.Editing.ProposalService>();
        builder.Services.AddSingleton<SnapshotService>();
        builder.Services.AddOptions<SnapshotOptions>().BindConfiguration(SnapshotOptions.Section)
            .Validate(o => o.Problem() is null, "Snapshots: MaxCount must be at least 1 and MaxDocumentBytes at least 1024.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ProjectionProvider>();
        builder.Services.AddSingleton<AsOfViews>();
        builder.Services.AddSingleton<AsOfLists>();
        builder.Services.AddSingleton<NetworkMapService>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AnalysisRunner>();
        builder.Services.AddSingleton<SnapshotNetworks>();
        builder.Services.AddScoped<CompareService>();
        builder.Services.AddScoped<Services.Exports.GraphFileExporter>();
        builder.Services.AddScoped<Exports.GraphFileEndpoint>();
        builder.Services.AddScoped<Services.Exports.FindingsExporter>();
        builder.Services.AddScoped<Exports.FindingsEndpoint>();
        builder.Services.AddScoped<Exports.NetworkWorkbookEndpoint>();
        builder.Services.AddScoped<Services.Imports.FileImporter>();
        builder.Services.AddSingleton<Services.Imports.ImportGate>();
        builder.Services.Configure<Services.Imports.KumuOptions>(builder.Configuration.GetSection("Import:Kumu"));
        builder.Services.AddSingleton<Services.Exports.WorkbookTemplate>();
        builder.Services.AddScoped<Exports.ImportEndpoint>();
        builder.Services.AddOptions<NetworkMapOptions>().BindConfiguration(NetworkMapOptions.Section)
            .Validate(o => o.MaxDepth >= 0 && o.MaxNodes >= 1, "NetworkMap needs MaxDepth >= 0 and MaxNodes >= 1.")
            .ValidateOnStart();
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section)
            .Validate(o => o.MaxProblems >= 1, "Import:MaxProblems must be at least 1.")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>Loads the sample initiative into an empty store on start (<c>Sample:LoadOnEmptyStore</c>).</summary>
    public static IHostApplicationBuilder AddSampleOnEmptyStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SampleOptions>().BindConfiguration(SampleOptions.Section);
        builder.Services.AddHostedService<SampleNetworkLoader>();
        return builder;
    }
}
