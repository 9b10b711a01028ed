using EventFly.Services.DemoData;
using EventFly.Services.Engagement;
using EventFly.Services.Analytics;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Analytics.Handlers;
using EventFly.Services.Common;
using EventFly.Services.Feedback;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Events;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Files;
using EventFly.Services.Hosting;
using EventFly.Services.Identity;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Mail;
using EventFly.Services.Notifications;
using EventFly.Services.Notifications.Contracts;
using EventFly.Services.Notifications.Handlers;
using EventFly.Services.Organizations;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Payments;
using EventFly.Services.Payments.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Recommendations;
using EventFly.Services.Recommendations.Contracts;
using EventFly.Services.Recommendations.Persistence;
using EventFly.Services.Recommendations.Ranking;
using EventFly.Services.Ticketing;
using EventFly.Services.Ticketing.Handlers;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace EventFly.Services;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the database and every context's public service.</summary>
    /// <param name="contentRoot">Where a relative <see cref="EventFlyOptions.DataPath"/> is resolved from.</param>
    /// <param name="backgroundJobs">
    /// Whether this process runs the background jobs (outbox dispatch, schedulers, hold expiry, timers, model training):
    /// a worker or an all-in-one host does, a web-only host (of a fleet with workers) does not.
    /// </param>
    public static IServiceCollection AddEventFlyServices(this IServiceCollection services, IConfiguration configuration, string contentRoot,
        bool backgroundJobs = true)
    {
        void Background<TJob>() where TJob : class, IHostedService
        {
            if (backgroundJobs) services.AddHostedService<TJob>();
        }

        services.AddOptions<EventFlyOptions>().Bind(configuration.GetSection(EventFlyOptions.Section));
        var options = configuration.GetSection(EventFlyOptions.Section).Get<EventFlyOptions>() ?? new EventFlyOptions();
        var database = services.AddEventFlyDatabase(configuration, Path.Combine(contentRoot, options.DataPath));

        services.AddSingleton(new WriteGate(queueWriters: database.Provider == DatabaseProvider.Sqlite));
        services.AddScoped<WriteTransactions>();
        services.AddScoped<IDatabaseMigrator, DatabaseMigrator>();
        services.AddScoped<IDatabaseInitializer, DatabaseInitializer>();
        services.AddScoped<AccountSeeder>();
        services.AddScoped<IDemoDataContributor>(sp => sp.GetRequiredService<AccountSeeder>());
        services.AddScoped<IProfileService, ProfileService>();
        // Replaces Identity's no-op sender, whichever is registered first.
        services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Identity.IEmailSender<AppUser>, AccountMails>());

        services.AddSingleton(new DataFolder(Path.GetFullPath(Path.Combine(contentRoot, options.DataPath))));
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(m => m.Mode != MailMode.Smtp || !string.IsNullOrWhiteSpace(m.SmtpHost), "EventFly:Mail:SmtpHost is required when Mode is Smtp.")
            .ValidateOnStart();
        var mailMode = configuration.GetSection(MailOptions.Section).Get<MailOptions>()?.Mode ?? MailMode.Pickup;
        if (mailMode == MailMode.Smtp) services.AddSingleton<IEmailSender, SmtpEmailSender>();
        else services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        services.AddLocalization();
        services.AddScoped<MailRenderer>();

        services.AddMetrics();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<MessagingMetrics>();
        services.AddSingleton<TicketingMetrics>();
        services.AddScoped<IOutboxDispatcher, OutboxDispatcher>();
        services.AddScoped<IOutboxMonitor, OutboxMonitor>();
        services.AddSingleton<JobHealth>();
        services.AddScoped<JobLeases>();
        services.AddSingleton<IJobHealth>(sp => sp.GetRequiredService<JobHealth>());
        services.AddScoped<IOutboxHandler, EmailOutboxHandler>();
        Background<OutboxBackgroundService>();
        services.AddEventFlyMessaging(configuration, backgroundJobs);

        services.AddSingleton<InvitationTokens>();
        services.AddScoped<IOrganizationAccess, OrganizationAccess>();
        services.AddScoped<OrganizationStore>();
        services.AddScoped<IOrganizationService, OrganizationService>();
        services.AddScoped<ITeamService, TeamService>();
        services.AddScoped<InvitationMails>();
        services.AddScoped<IInvitationService, InvitationService>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IOrganizationBilling, OrganizationBilling>();
        services.AddScoped<IDemoDataContributor, OrganizationDemoData>();

        services.AddSingleton<IFileStore, LocalFileStore>();
        services.AddScoped<IEventAccess, EventAccess>();
        services.AddScoped<IEventService, EventService>();
        services.AddScoped<IDemoDataContributor, EventDemoData>();
        services.AddScoped<IDemoDataContributor, PastEventDemoData>();

        services.AddScoped<OrderViews>();
        services.AddScoped<OrderAccess>();
        services.AddScoped<ITicketCatalog, TicketCatalog>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<IOrderPlacement>(sp => sp.GetRequiredService<OrderPlacement>());
        services.AddScoped<OrderLifecycle>();
        services.AddScoped<IOrderLifecycle>(sp => sp.GetRequiredService<OrderLifecycle>());
        services.AddScoped<IOrderQueries, OrderQueries>();
        services.AddScoped<ICheckInService, CheckInService>();
        services.AddScoped<IDoorCheckIns, DoorCheckIns>();
        services.AddScoped<TicketAdmission>();
        services.AddScoped<IWaitlistService, WaitlistService>();
        services.AddScoped<ITicketHolders, TicketHolders>();
        services.AddScoped<SeatLedger>();
        services.AddScoped<WaitlistOffers>();
        services.AddScoped<IOutboxHandler, TicketMails>();
        services.AddSingleton<TicketCodes>();
        services.AddScoped<IDemoDataContributor, TicketingDemoData>();
        services.AddScoped<IDemoDataContributor, SalesHistoryDemoData>();
        Background<HoldExpiryBackgroundService>();

        // Notifications: the host replaces the publisher with its hub's (a group per user).
        services.TryAddSingleton<INotificationPublisher, NullNotificationPublisher>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<INotificationInbox>(sp => sp.GetRequiredService<NotificationInbox>());
        services.AddScoped<NotificationPreferencesService>();
        services.AddScoped<INotificationPreferencesService>(sp => sp.GetRequiredService<NotificationPreferencesService>());
        services.AddScoped<NotificationWriter>();
        services.AddScoped<NotificationScheduler>();
        services.AddScoped<IOutboxHandler, NotificationMails>();
        services.AddScoped<IOutboxHandler, OrderConfirmedNotificationHandler>();
        services.AddScoped<IOutboxHandler, OrderCancelledNotificationHandler>();
        services.AddScoped<IOutboxHandler, EventRescheduledNotificationHandler>();
        services.AddScoped<IOutboxHandler, PostPinnedNotificationHandler>();
        services.AddScoped<IOutboxHandler, WaitlistOfferedNotificationHandler>();
        Background<NotificationSchedulerBackgroundService>();
        services.AddScoped<IDemoDataContributor, NotificationsDemoData>();

        // Engagement: the host replaces the live publisher with its hub's.
        services.TryAddSingleton<ILiveEngagementPublisher, NullLiveEngagementPublisher>();
        services.AddScoped<EngagementAccess>();
        services.AddScoped<IEngagementAccess>(sp => sp.GetRequiredService<EngagementAccess>());
        services.AddScoped<EngagementWrites>();
        services.AddScoped<EngagementViews>();
        services.AddScoped<LivePush>();
        services.AddScoped<IDemoDataContributor, EngagementDemoData>();
        services.AddScoped<IDemoDataContributor, ConcertEngagementDemoData>();
        services.AddScoped<FeedService>();
        services.AddScoped<IFeedService>(sp => sp.GetRequiredService<FeedService>());
        services.AddScoped<IQuestionService, QuestionService>();
        services.AddScoped<PollService>();
        services.AddScoped<IPollService>(sp => sp.GetRequiredService<PollService>());
        services.AddScoped<QuizService>();
        services.AddScoped<IQuizService>(sp => sp.GetRequiredService<QuizService>());
        services.AddScoped<EngagementTimers>();
        Background<EngagementTimersBackgroundService>();

        // Feedback: participants' ratings and comments, the organizer's replies.
        services.AddScoped<FeedbackAccess>();
        services.AddScoped<IFeedbackService, FeedbackService>();
        services.AddScoped<IDemoDataContributor, FeedbackDemoData>();
        services.AddScoped<IDemoDataContributor, CrowdFeedbackDemoData>();

        // Analytics: read models fed by the integration events of the contexts above, rebuilt from their replayed history.
        services.AddScoped<IIntegrationEventHistory, EventsHistory>();
        services.AddScoped<IIntegrationEventHistory, TicketingHistory>();
        services.AddScoped<IIntegrationEventHistory, EngagementHistory>();
        services.AddScoped<IIntegrationEventHistory, FeedbackHistory>();
        services.AddScoped<AnalyticsProjector>();
        foreach (var consumed in AnalyticsProjector.Consumed)
            services.AddScoped(typeof(IOutboxHandler), typeof(AnalyticsHandler<>).MakeGenericType(consumed));
        services.AddScoped<IAnalyticsService, AnalyticsService>();
        services.AddScoped<IAnalyticsTracker, AnalyticsTracker>();
        services.AddScoped<IAnalyticsRebuild, AnalyticsRebuild>();
        services.AddSingleton<IAnalyticsRebuildJob, AnalyticsRebuildJob>();
        services.AddScoped<IDemoDataContributor, AnalyticsDemoData>();

        // Recommendations: an interaction log fed by the contexts' integration events, ranked by the newest model (cold start until one exists).
        services.AddOptions<RecommendationOptions>().Bind(configuration.GetSection(RecommendationOptions.Section));
        services.AddScoped<RecommendationsData>();
        services.AddScoped<InteractionLog>();
        foreach (var consumed in InteractionLog.Consumed)
            services.AddScoped(typeof(IOutboxHandler), typeof(InteractionHandler<>).MakeGenericType(consumed));
        services.AddSingleton<CandidateCatalog>();
        services.AddSingleton(new CurrentRanker(new ColdStartRanker()));
        services.AddScoped<IRecommendationService, RecommendationService>();
        services.AddSingleton<IRankingTrainer, RankingTrainer>();
        services.AddScoped<RecommendationTraining>();
        services.AddScoped<IRecommendationTraining>(sp => sp.GetRequiredService<RecommendationTraining>());
        services.AddSingleton<IRecommendationTrainingJob, RecommendationTrainingJob>();
        services.AddHostedService<RecommendationModelLoader>();
        Background<RecommendationModelJob>();
        services.AddScoped<IDemoDataContributor, RecommendationsDemoData>();

        // Payments: Stripe when a secret key is configured, the sandbox gateway otherwise.
        services.AddOptions<StripeOptions>().Bind(configuration.GetSection(StripeOptions.Section));
        services.AddOptions<PaymentOptions>().Bind(configuration.GetSection(PaymentOptions.Section));
        var stripe = configuration.GetSection(StripeOptions.Section).Get<StripeOptions>() ?? new StripeOptions();
        if (string.IsNullOrWhiteSpace(stripe.SecretKey))
        {
            services.AddSingleton<IPaymentGateway, SandboxPaymentGateway>();
        }
        else
        {
            services.AddSingleton<Stripe.IStripeClient>(new Stripe.StripeClient(stripe.SecretKey, apiBase: string.IsNullOrWhiteSpace(stripe.ApiBase) ? null : stripe.ApiBase));
            services.AddSingleton<IPaymentGateway, StripePaymentGateway>();
        }
        services.AddScoped<IPaymentService, PaymentService>();
        services.AddScoped<IOutboxHandler, RefundRequestedHandler>();
        services.AddScoped<IOutboxHandler, PackageEffectHandler>();

        // Integration events consumed by another context (those without a consumer are only recorded by the outbox).
        services.AddScoped<IOutboxHandler, EventCancelledHandler>();
        services.AddScoped<IOutboxHandler, OrderPaidHandler>();
        services.AddScoped<IOutboxHandler, OrderCheckoutEndedHandler>();
        services.AddPersonalData();
        return services;
    }

    /// <summary>
    /// Integration events publish/subscribe (ADR 0025): in process by default; over NATS JetStream, with a durable
    /// consumer per context running beside the outbox dispatcher (where background jobs run), when
    /// <c>ConnectionStrings:Nats</c> is set.
    /// </summary>
    private static void AddEventFlyMessaging(this IServiceCollection services, IConfiguration configuration, bool backgroundJobs)
    {
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.Section))
            .Validate(o => o.MaxDeliver >= 1 && o.RetryDelaySeconds > 0 && o.MaxRetryDelaySeconds >= o.RetryDelaySeconds
                    && o.AckWaitSeconds >= 1 && o.OutboxLeaseSeconds >= 1,
                "EventFly:Messaging needs MaxDeliver >= 1, 0 < RetryDelaySeconds <= MaxRetryDelaySeconds, AckWaitSeconds >= 1 and OutboxLeaseSeconds >= 1.")
            .Validate(o => o.ProcessedRetention > o.RepeatHorizon(),
                "EventFly:Messaging:ProcessedRetentionHours must exceed the longest a repeated message can arrive (duplicate window, redeliveries, outbox retries).")
            .ValidateOnStart();
        services.AddScoped<IntegrationEventDelivery>();
        // Both transports record what each consumer applied; the records are pruned where background jobs run.
        services.AddScoped<ProcessedMessagePruner>();
        if (backgroundJobs) services.AddHostedService<ProcessedMessagePruningJob>();
        var nats = configuration.GetConnectionString("Nats");
        if (string.IsNullOrWhiteSpace(nats))
        {
            services.AddScoped<IIntegrationEventBus, InProcessIntegrationEventBus>();
            services.AddSingleton<IMessagingMonitor, InProcessMessagingMonitor>();
            return;
        }
        services.AddSingleton(new NatsBroker(nats));
        services.AddSingleton<IIntegrationEventBus, NatsIntegrationEventBus>();
        services.AddSingleton<IMessagingMonitor, NatsMessagingMonitor>();
        if (!backgroundJobs) return;
        services.AddHostedService<NatsConsumerHost>();
        services.AddHostedService<NatsConsumerLag>();
    }
}
