using TeamsMockBot.Calendar;
using TeamsMockBot.Hosting;
using TeamsMockBot.Meeting;
using TeamsMockBot.Observability;
using TeamsMockBot.Privacy;
using TeamsMockBot.Teams;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:3978");
builder.AddApplicationServices();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStaticFiles(); // wwwroot/: the meeting side-panel pages
app.MapHealthEndpoints();
app.MapMessages();
app.MapDataExports();
app.MapCalendarFiles();
app.MapMeetingEndpoints();
app.LogStartup();
app.Run();

/// <summary>The host's entry point; public so host tests can start it with WebApplicationFactory.</summary>
public partial class Program;
