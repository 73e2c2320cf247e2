namespace TeamsMockBot.Application.Delivery;

/// <summary>
/// The chat platform refused a message. <see cref="IsPermanent"/> says whether trying again can
/// help (e.g. the person removed the app) or not; <see cref="StatusCode"/> is the platform's answer, if any.
/// </summary>
public sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException(string message, bool isPermanent, int? statusCode, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(message, innerException)
    {
        IsPermanent = isPermanent;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public DeliveryFailedException()
    {
    }

    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool IsPermanent { get; }

    public int? StatusCode { get; }

    /// <summary>When the platform said to try again (e.g. a 429's <c>Retry-After</c>), if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
