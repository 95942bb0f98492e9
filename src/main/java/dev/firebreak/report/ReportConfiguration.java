package dev.firebreak.report;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ReportProperties.class, ReviewProperties.class })
class ReportConfiguration {

}
