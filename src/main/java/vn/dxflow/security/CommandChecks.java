package vn.dxflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks that DXFlow runs before engine commands, whatever calls them (Tasklist, the REST API, the Java API): a
 * check refuses by throwing, otherwise the command runs. Registered from a process engine plugin's preInit.
 */
public final class CommandChecks {

    private CommandChecks() {
    }

    /** Runs the check inside the command's context (Context.getCommandContext() is available), before the command. */
    public static void inContext(ProcessEngineConfigurationImpl configuration, Consumer<Command<?>> check) {
        List<CommandInterceptor> interceptors = copy(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(interceptor(check));
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    /** Runs the check before the command's context opens (nothing is read from the database yet). */
    public static void beforeContext(ProcessEngineConfigurationImpl configuration, Consumer<Command<?>> check) {
        List<CommandInterceptor> interceptors = copy(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(interceptor(check));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static List<CommandInterceptor> copy(List<CommandInterceptor> configured) {
        return configured == null ? new ArrayList<>() : new ArrayList<>(configured);
    }

    private static CommandInterceptor interceptor(Consumer<Command<?>> check) {
        return new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                check.accept(command);
                return next.execute(command);
            }
        };
    }
}
