package dev.firebreak.workflow;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Liquibase. Without it the engine is built first and
 * fails with "There are no Camunda tables", because Liquibase, not the engine, owns the
 * schema. Registered in {@code META-INF/spring.factories}.
 */
public class ProcessEngineDatabaseInitializationDetector
		extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(ProcessEngine.class);
	}

}
