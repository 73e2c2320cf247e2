using TeamsMockBot.Application.Scheduling;

namespace TeamsMockBot.Calendar;

/// <summary>Registers the offline calendar as the <see cref="IMockCalendar"/> (when no Graph calendar is configured).</summary>
public static class CalendarServiceCollectionExtensions
{
    public static IServiceCollection AddOfflineCalendar(this IServiceCollection services)
    {
        services.AddSingleton<OfflineCalendar>();
        services.AddSingleton<IMockCalendar>(sp => sp.GetRequiredService<OfflineCalendar>());
        return services;
    }
}
