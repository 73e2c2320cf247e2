using Microsoft.Extensions.Options;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Storage;
using TeamsMockBot.Meeting;
using TeamsMockBot.Observability;
using TeamsMockBot.Privacy;
using TeamsMockBot.Storage;
using TeamsMockBot.Teams;
using TeamsMockBot.Timing;
using TeamsMockBot.UseCases;

namespace TeamsMockBot.Hosting;

/// <summary>The whole composition of the host, in one place.</summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddSingleton(TimeProvider.System);

        services.AddDocumentStore(builder.Environment.ContentRootPath);

        // Built now, not on first use: bad built-in content (docs/content-format.md) stops the start with InvalidContentException.
        services.AddSingleton(Rubric.BuiltIn);
        services.AddSingleton(QuestionBank.BuiltIn);
        services.AddSingleton<SessionRepository>();
        services.AddSingleton<HistoryBook>();
        services.AddSingleton<TimerSchedule>();
        services.AddSingleton<SessionViews>();
        services.AddSingleton<FeedbackDelivery>();
        services.AddTransient<CreateSession>();
        services.AddTransient<ControlInterview>();
        services.AddTransient<SubmitFeedback>();
        services.AddTransient<SubmitSelfAssessment>();
        services.AddTransient<ReleaseFeedback>();
        services.AddTransient<EditFeedback>();
        services.AddTransient<ShowHistory>();
        services.AddSingleton<ChatSessions>();

        services.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AnnounceMilestones>();
        services.AddHostedService<MilestoneSweepService>();

        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SessionScan>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<SessionDeletion>();
        services.AddTransient<ExportPersonalData>();
        services.AddTransient<DeletePersonalData>();
        services.AddSingleton<RetentionSweep>();
        services.AddHostedService<RetentionSweepService>();

        services.AddTeamsAdapter();
        builder.AddObservability(); // last: it wraps the document store registered above
        return builder;
    }
}
