namespace TeamsMockBot.Application.Scheduling;

/// <summary>
/// The calendar could not do what was asked. <see cref="Exception.Message"/> is written for the person
/// who asked (a card shows it); <see cref="IsTransient"/> says whether trying again later may work.
/// </summary>
public sealed class CalendarException : Exception
{
    public CalendarException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException) => IsTransient = isTransient;

    public CalendarException()
    {
    }

    public CalendarException(string message)
        : base(message)
    {
    }

    public CalendarException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool IsTransient { get; }
}
