namespace TeamsMockBot.Domain.Sessions;

/// <summary>Someone other than the interviewer used an interviewer control.</summary>
public sealed class NotInterviewerException(string interviewerName)
    : SessionRuleException($"Only the interviewer ({interviewerName}) can use these controls.");
