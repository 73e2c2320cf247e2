using Microsoft.Extensions.Options;
using TeamsMockBot.Analytics;
using TeamsMockBot.Application.Analytics;
using TeamsMockBot.Application.Delivery;
using TeamsMockBot.Application.Feedback;
using TeamsMockBot.Application.History;
using TeamsMockBot.Application.Meeting;
using TeamsMockBot.Application.Privacy;
using TeamsMockBot.Application.Quiz;
using TeamsMockBot.Application.Routing;
using TeamsMockBot.Application.Scheduling;
using TeamsMockBot.Application.Sessions;
using TeamsMockBot.Application.Timing;
using TeamsMockBot.Calendar;
using TeamsMockBot.Delivery;
using TeamsMockBot.Feedback;
using TeamsMockBot.Graph;
using TeamsMockBot.Meeting;
using TeamsMockBot.Domain.Feedback;
using TeamsMockBot.Domain.Questions;
using TeamsMockBot.Domain.Quiz;
using TeamsMockBot.Observability;
using TeamsMockBot.Privacy;
using TeamsMockBot.Storage;
using TeamsMockBot.Teams;
using TeamsMockBot.Timing;

namespace TeamsMockBot.Hosting;

/// <summary>The whole composition of the host, in one place: use cases, then the adapters behind their ports.</summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails();
        // A request body that does not bind (wrong JSON types) is the caller's mistake: 400 in every environment, not a 500 from the exception handler.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        services.AddSingleton(TimeProvider.System);

        // .NET's HttpClient logging redacts header values in its message but puts them raw in the structured state of its
        // Trace "Request Headers" line (the bot's bearer token, to any sink that exports state): replaced by one line per
        // request without headers or query (LogRedactionTests).
        services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers().AddLogger(
            sp => new HttpRequestLog(sp.GetRequiredService<ILoggerFactory>().CreateLogger(HttpRequestLog.Category)), wrapHandlersPipeline: true));

        // Built now, not on first use: bad built-in content (docs/content-format.md) stops the start with InvalidContentException.
        services.AddSingleton(Rubric.BuiltIn);
        services.AddSingleton(QuestionBank.BuiltIn);
        services.AddSingleton(PracticeQuiz.BuiltIn);

        // Use cases (Bot/TeamsMockBot.Application): stateless, so one of each serves every turn.
        services.AddSingleton<SessionViews>();
        services.AddSingleton<CreateSession>();
        services.AddSingleton<SessionTenancy>();
        services.AddSingleton<ControlInterview>();
        services.AddSingleton<SwapRoles>();
        services.AddSingleton<SendFeedbackForms>();
        services.AddSingleton<CloseInterview>();
        services.AddSingleton<FeedbackDelivery>();
        services.AddSingleton<ReleaseHeldFeedback>();
        services.AddSingleton<SubmitFeedback>();
        services.AddSingleton<SubmitSelfAssessment>();
        services.AddSingleton<ReleaseFeedback>();
        services.AddSingleton<FeedbackReportView>();
        services.AddSingleton<MarkActionStepDone>();
        services.AddSingleton<ShareWithCareerAdvisor>();
        services.AddSingleton<EditFeedback>();
        services.AddSingleton<ShowHistory>();
        services.AddSingleton<ChatSessions>();
        services.AddSingleton<MeetingSessions>();
        services.AddSingleton<MeetingNudges>();
        services.AddSingleton<ShowSessionAtMeetingStart>();
        services.AddSingleton<CloseAtMeetingEnd>();
        services.AddSingleton<RecordAttendance>();
        services.AddSingleton<OutboundDelivery>();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<SessionDeletion>();
        services.AddSingleton<ExportPersonalData>();
        services.AddSingleton<DeletePersonalData>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<ShowScheduleForm>();
        services.AddSingleton<FindSlots>();
        services.AddSingleton<BookMock>();
        services.AddSingleton<ChangeBooking>();
        services.AddSingleton<SendReminder>();
        services.AddSingleton<CheckIn>();
        services.AddSingleton<PrepCards>();
        services.AddSingleton<ShowPrep>();
        services.AddSingleton<CandidateSessions>();
        services.AddSingleton<ShowProgress>();
        services.AddSingleton<ShowQuiz>();
        services.AddSingleton<SubmitQuiz>();
        services.AddSingleton<SessionTranscripts>();
        services.AddSingleton<AnalyseSharedTranscript>();
        services.AddSingleton<FetchMeetingTranscript>();
        services.AddSingleton<CheckMeetingTranscript>();
        services.AddSingleton<RouteTable>();

        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryLeaseValidator>();
        services.AddOptions<PeerFeedbackOptions>().BindConfiguration(PeerFeedbackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Adapters: storage behind every store port, Teams behind the messenger, durable timers and sweeps on every instance.
        services.AddDocumentStore(builder.Environment.ContentRootPath);
        services.AddTeamsAdapter();
        services.AddMeetingPages();
        if (!services.AddGraphScheduling(builder.Configuration))
        {
            services.AddOfflineCalendar(); // no Graph credential: invites as .ics served by this host
        }
        services.AddTranscriptDownloads();
        services.AddDurableTimers();
        services.AddHostedService<DeliverySweepService>();
        services.AddHostedService<RetentionSweepService>();
        services.AddHostedService<HeldFeedbackSweepService>();
        builder.AddObservability(); // last: it wraps the document store registered above
        return builder;
    }
}
